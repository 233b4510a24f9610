namespace Hub.Core.Profiles;

public sealed record PlatformFigures(int Accounts, int LockedOutAccounts, int AccountsLast30Days, int ProfilesWithoutMembers);
