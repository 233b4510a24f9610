namespace Hub.Core.Profiles;

public enum AiMaturity
{
    Exploring = 1,
    Piloting = 2,
    Deploying = 3,
    Scaling = 4,
}
