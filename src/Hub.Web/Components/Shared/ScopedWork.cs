namespace Hub.Web.Components.Shared;

/// <summary>
/// A Blazor circuit lives for minutes and can start a search while the previous one still runs; a DbContext must not
/// be shared across such overlapping work. Each piece of work gets its own scope (and so its own DbContext).
/// </summary>
public static class ScopedWork
{
    public static async Task<TResult> InScopeAsync<TService, TResult>(this IServiceScopeFactory scopes, Func<TService, Task<TResult>> work)
        where TService : notnull
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
