using System.Reflection;
using System.Xml.Linq;
using Hub.Core.Data;
using Hub.Core.Live;
using Hub.Matching.Serving;

namespace Hub.Web.Tests;

/// <summary>
/// The boundaries between projects: Core knows nothing of the web, SignalR or the recommender; Matching knows nothing of
/// the web; the scheduler is a pure library. Checked on the project files (what may be referenced) and on the compiled
/// assemblies (what is used).
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly string Root = FindRoot();

    private static readonly Assembly Core = typeof(HubDbContext).Assembly;
    private static readonly Assembly Matching = typeof(RecommendationService).Assembly;

    [Fact]
    public void CoreReferencesNeitherWebNorMatchingNorSignalR()
    {
        AssertNoReference(Core, "Hub.Web", "Hub.Matching", "Microsoft.AspNetCore.SignalR", "Microsoft.AspNetCore.Components", "Microsoft.AspNetCore.Http");
        AssertNoProjectReference("src/Hub.Core/Hub.Core.csproj", "Hub.Web", "Hub.Matching", "Hub.Scheduling");
    }

    [Fact]
    public void CoreDoesWithoutTheAspNetCoreFramework()
    {
        var frameworks = Project("src/Hub.Core/Hub.Core.csproj").Descendants("FrameworkReference").Select(f => (string?)f.Attribute("Include"));
        Assert.DoesNotContain("Microsoft.AspNetCore.App", frameworks);
    }

    [Fact]
    public void MatchingReferencesNeitherWebNorSignalR()
    {
        AssertNoReference(Matching, "Hub.Web", "Microsoft.AspNetCore.SignalR", "Microsoft.AspNetCore.Components");
        AssertNoProjectReference("src/Hub.Matching/Hub.Matching.csproj", "Hub.Web", "Hub.Scheduling");
    }

    [Fact]
    public void TheSchedulerReferencesNoOtherHubProject()
    {
        // The scheduler arrives with the events issue; until then there is nothing to check, and this says so.
        var project = Path.Combine(Root, "src/Hub.Scheduling/Hub.Scheduling.csproj");
        if (!File.Exists(project))
        {
            Assert.False(Directory.Exists(Path.Combine(Root, "src/Hub.Scheduling")), "src/Hub.Scheduling exists without its project file.");
            return;
        }

        AssertNoProjectReference("src/Hub.Scheduling/Hub.Scheduling.csproj", "Hub.Core", "Hub.Matching", "Hub.Web");
    }

    [Fact]
    public void EveryLivePushIsDocumentedInTheApiContract()
    {
        var contract = File.ReadAllText(Path.Combine(Root, "docs/api.md"));
        var events = Core.GetTypes().Concat(Matching.GetTypes()).Concat(typeof(Program).Assembly.GetTypes())
            .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(ILivePayload).IsAssignableFrom(t))
            .Select(t => (Type: t, Event: (string)t.GetProperty(nameof(ILivePayload.Event), BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!))
            .ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.True(contract.Contains($"`{e.Event}`", StringComparison.Ordinal),
            $"docs/api.md does not document the live event `{e.Event}` ({e.Type.Name})."));
    }

    private static void AssertNoReference(Assembly assembly, params string[] forbidden)
    {
        var references = assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();
        foreach (var prefix in forbidden)
        {
            Assert.DoesNotContain(references, r => r == prefix || r.StartsWith(prefix + ".", StringComparison.Ordinal));
        }
    }

    private static void AssertNoProjectReference(string projectPath, params string[] forbidden)
    {
        var references = Project(projectPath).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(((string?)r.Attribute("Include") ?? "").Replace('\\', '/'))).ToList();
        foreach (var name in forbidden)
        {
            Assert.DoesNotContain(name, references);
        }
    }

    private static XDocument Project(string relativePath) => XDocument.Load(Path.Combine(Root, relativePath));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hub.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Hub.sln not found above the test binaries.");
    }
}
