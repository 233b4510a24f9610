namespace Hub.Core.Profiles;

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
