using Hub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Profiles;

public sealed record PlatformFigures(int Accounts, int LockedOutAccounts, int AccountsLast30Days, int ProfilesWithoutMembers);
