namespace Hub.Core.Profiles;

public enum RevenueBand
{
    PreRevenue = 1,
    UpTo100k = 2,
    UpTo1M = 3,
    UpTo10M = 4,
    Over10M = 5,
}
