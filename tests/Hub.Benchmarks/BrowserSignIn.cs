using Microsoft.Playwright;

namespace Hub.Benchmarks;

/// <summary>
/// Signs the demo accounts in once through the real login page in Debian's Chromium and keeps their cookies, so the
/// protocol-level clients open circuits as those people. Sign-in goes through a one-time ticket bound to the browser,
/// which only a browser completes; after that a cookie is all a circuit needs.
/// </summary>
public static class BrowserSignIn
{
    public const string Password = "Demo!2026hub";

    public static async Task<Dictionary<string, string>> CookiesAsync(string baseUrl, IEnumerable<string> emails)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"],
        });
        var cookies = new Dictionary<string, string>();
        foreach (var email in emails)
        {
            await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl });
            var page = await context.NewPageAsync();
            await page.GotoAsync("/account/login");
            await page.Locator("#blazor-interactive").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
            await page.Locator("#login-email").FillAsync(email);
            await page.Locator("#login-password").FillAsync(Password);
            await page.Locator("#login-submit").ClickAsync();
            await page.WaitForURLAsync(url => !url.Contains("/account/", StringComparison.Ordinal));
            cookies[email] = string.Join("; ", (await context.CookiesAsync()).Select(c => $"{c.Name}={c.Value}"));
        }

        return cookies;
    }
}
