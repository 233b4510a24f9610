namespace Hub.Core.Profiles;

public enum CompanySize
{
    Micro = 1,
    Small = 2,
    Medium = 3,
    Large = 4,
}
