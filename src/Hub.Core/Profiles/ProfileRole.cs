namespace Hub.Core.Profiles;

public enum ProfileRole
{
    Owner = 1,
    Editor = 2,
}
