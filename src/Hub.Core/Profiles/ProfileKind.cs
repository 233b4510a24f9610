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

/// <summary>What a profile offers or seeks. Flags, because most actors offer and seek several things.</summary>
[Flags]
public enum Intent
{
    None = 0,
    Funding = 1,
    Investment = 2,
    ResearchPartner = 4,
    IndustryPartner = 8,
    PilotCustomer = 16,
    Compute = 32,
    Talent = 64,
    Data = 128,
}

/// <summary>Funding stages. A startup is at one stage; an investor invests in a set of them.</summary>
[Flags]
public enum Stages
{
    None = 0,
    PreSeed = 1,
    Seed = 2,
    SeriesA = 4,
    SeriesB = 8,
    Growth = 16,
}

public enum RevenueBand
{
    PreRevenue = 1,
    UpTo100k = 2,
    UpTo1M = 3,
    UpTo10M = 4,
    Over10M = 5,
}

public enum InvestorType
{
    BusinessAngel = 1,
    VentureCapital = 2,
    CorporateVenture = 3,
    PublicFund = 4,
    FamilyOffice = 5,
}

[Flags]
public enum CollaborationTypes
{
    None = 0,
    ContractResearch = 1,
    JointProject = 2,
    PhdOrPostdoc = 4,
    Licensing = 8,
    Consulting = 16,
}

public enum CompanySize
{
    Micro = 1,
    Small = 2,
    Medium = 3,
    Large = 4,
}

public enum AiMaturity
{
    Exploring = 1,
    Piloting = 2,
    Deploying = 3,
    Scaling = 4,
}

public enum ProviderType
{
    AiFactory = 1,
    HpcCentre = 2,
    DataCentre = 3,
    Cloud = 4,
}
