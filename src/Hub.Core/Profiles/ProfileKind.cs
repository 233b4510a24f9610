namespace Hub.Core.Profiles;

/// <summary>The five kinds of actor that Hub can match.</summary>
public enum ProfileKind
{
    Startup = 1,
    Investor = 2,
    Researcher = 3,
    Company = 4,
    ComputeProvider = 5,
}
