namespace Hub.Core.Profiles;

public sealed record DirectoryPage(IReadOnlyList<ProfileCard> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;
}
