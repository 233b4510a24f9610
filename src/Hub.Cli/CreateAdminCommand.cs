using System.Security.Cryptography;
using Hub.Core;
using Hub.Core.Accounts;
using Hub.Core.Audit;
using Hub.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Cli;

/// <summary>
/// Creates the first admin of a hub (a production start creates no account), or makes an existing account an admin.
/// Without --password a strong one is generated and printed once; nothing else ever shows it.
/// </summary>
public static class CreateAdminCommand
{
    public const string Usage = "create-admin --email ADDRESS [--name NAME] [--password PASSWORD] [--database FILE]";

    private const string Letters = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        string? email = null, name = null, password = null, database = CliDatabase.Default;
        try
        {
            for (var i = 0; i < args.Length; i++)
            {
                string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
                switch (args[i])
                {
                    case "--email": email = Value().Trim(); break;
                    case "--name": name = Value().Trim(); break;
                    case "--password": password = Value(); break;
                    case "--database": database = Value(); break;
                    default: throw new ArgumentException($"Unknown option {args[i]}. Usage: hub {Usage}");
                }
            }

            if (string.IsNullOrWhiteSpace(email) || !System.Net.Mail.MailAddress.TryCreate(email, out var address) || address.Address != email)
            {
                throw new ArgumentException("Give the admin's e-mail address with --email.");
            }
        }
        catch (ArgumentException e)
        {
            await errors.WriteLineAsync(e.Message);
            return 2;
        }

        await using var services = CliDatabase.Services(database, s => s.AddIdentityCore<HubUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                PasswordPolicy.Apply(o.Password);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<HubDbContext>());
        await services.InitialiseHubDatabaseAsync(seedFolder: null);
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HubUser>>();
        var existing = await users.FindByEmailAsync(email);
        if (existing is not null)
        {
            if (await users.IsInRoleAsync(existing, HubRoles.Admin))
            {
                await output.WriteLineAsync($"{email} is already an admin; nothing changed.");
                return 0;
            }

            var promoted = await users.AddToRoleAsync(existing, HubRoles.Admin);
            if (promoted.Succeeded)
            {
                await CliAudit.WriteAsync(services, AuditAction.RoleGranted, $"{existing.DisplayName} <{email}>", "Made an admin by create-admin.");
            }

            return await ReportAsync(promoted, $"{email} is now an admin (their password is unchanged).", output, errors);
        }

        var generated = password is null;
        password ??= Generate();
        var now = DateTime.UtcNow;
        var user = new HubUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = string.IsNullOrWhiteSpace(name) ? "Admin" : name, CreatedAt = now };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return await ReportAsync(created, "", output, errors);
        }

        var role = await users.AddToRoleAsync(user, HubRoles.Admin);
        if (role.Succeeded)
        {
            await CliAudit.WriteAsync(services, AuditAction.AdminCreated, $"{user.DisplayName} <{email}>",
                generated ? "Created with a generated password." : "Created with the password given.");
        }

        return await ReportAsync(role, generated
            ? $"Created the admin {email}. Their password, shown this once: {password}"
            : $"Created the admin {email}.", output, errors);
    }

    /// <summary>20 characters from an alphabet without look-alikes, always with an upper-case and a lower-case letter and a digit.</summary>
    internal static string Generate()
    {
        while (true)
        {
            var chars = Enumerable.Range(0, 20).Select(_ => Letters[RandomNumberGenerator.GetInt32(Letters.Length)]).ToArray();
            if (chars.Any(char.IsUpper) && chars.Any(char.IsLower) && chars.Any(char.IsDigit))
            {
                return new string(chars);
            }
        }
    }

    private static async Task<int> ReportAsync(IdentityResult result, string success, TextWriter output, TextWriter errors)
    {
        if (result.Succeeded)
        {
            await output.WriteLineAsync(success);
            return 0;
        }

        await errors.WriteLineAsync(string.Join(" ", result.Errors.Select(e => e.Description)));
        return 1;
    }
}
