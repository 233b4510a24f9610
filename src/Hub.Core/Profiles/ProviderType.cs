namespace Hub.Core.Profiles;

public enum ProviderType
{
    AiFactory = 1,
    HpcCentre = 2,
    DataCentre = 3,
    Cloud = 4,
}
