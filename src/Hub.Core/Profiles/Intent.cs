namespace Hub.Core.Profiles;

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
