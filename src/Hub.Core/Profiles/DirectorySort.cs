namespace Hub.Core.Profiles;

public enum DirectorySort
{
    Relevance = 0,
    Name = 1,
    Newest = 2,
}
