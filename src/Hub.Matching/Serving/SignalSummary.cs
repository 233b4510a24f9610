using Hub.Core.Recommendations;

namespace Hub.Matching.Serving;

public sealed record SignalSummary(IReadOnlyDictionary<SignalKind, int> ByKind, IReadOnlyDictionary<string, int> BySource, long Total);
