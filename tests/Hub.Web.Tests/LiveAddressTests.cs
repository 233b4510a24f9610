using Hub.Web.Live;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Web.Tests;

/// <summary>A circuit's own hub connection goes to Hub's configured or bound address, never to one the browser named.</summary>
public class LiveAddressTests
{
    [Fact]
    public void TheConfiguredAddressIsUsedWhateverTheServerIsBoundTo()
    {
        var address = LiveAddress.Choose("http://hub-internal:8080", ["http://127.0.0.1:5000"]);

        Assert.Equal(new Uri("http://hub-internal:8080/"), address);
    }

    [Fact]
    public void WithoutConfigurationTheLoopbackHttpBindingIsPreferred()
    {
        var address = LiveAddress.Choose(null, ["https://hub.example.org:443", "http://10.1.2.3:8080", "http://127.0.0.1:5000"]);

        Assert.Equal(new Uri("http://127.0.0.1:5000/"), address);
    }

    [Theory]
    [InlineData("http://*:8080")]
    [InlineData("http://+:8080")]
    [InlineData("http://0.0.0.0:8080")]
    public void AWildcardBindingIsReachedOnLoopback(string bound)
    {
        Assert.Equal(new Uri("http://127.0.0.1:8080/"), LiveAddress.Choose(null, [bound]));
    }

    [Fact]
    public void AnIPv6WildcardBindingIsReachedOnIPv6Loopback()
    {
        Assert.Equal(new Uri("http://[::1]:8080/"), LiveAddress.Choose(null, ["http://[::]:8080"]));
    }

    [Fact]
    public async Task TheCircuitConnectsToTheConfiguredAddressWhenTheRequestNamesAHostileHost()
    {
        await using var factory = HubWebFactory.With(new Dictionary<string, string?> { ["Hub:Live:InternalUrl"] = "http://hub-internal:8080" });
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        // A page requested under a hostile Host still renders; what the circuit connects to does not depend on it.
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = "attacker.example";
        using var page = await client.SendAsync(request);

        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Equal(new Uri("http://hub-internal:8080/"), scope.ServiceProvider.GetRequiredService<LiveAddress>().BaseAddress);
    }
}
