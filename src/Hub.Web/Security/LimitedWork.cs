using Hub.Core;

namespace Hub.Web.Security;

/// <summary>The helper pages use for a limited action in a circuit: ask <see cref="AbuseLimits"/>, then do the work in its own scope.</summary>
public static class LimitedWork
{
    /// <summary>
    /// Runs <paramref name="work"/> unless <paramref name="userId"/> has done <paramref name="action"/> too often; then the
    /// outcome is a conflict with <see cref="AbuseLimits.RefusedMessage"/> and nothing is done.
    /// </summary>
    public static async Task<Outcome<T>> LimitedAsync<TService, T>(this IServiceScopeFactory scopes, AbuseAction action, string userId,
        Func<TService, Task<Outcome<T>>> work)
        where TService : notnull
    {
        await using var scope = scopes.CreateAsyncScope();
        if (scope.ServiceProvider.GetRequiredService<AbuseLimits>().Refusal(action, "user:" + userId) is { } refused)
        {
            return refused;
        }

        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
