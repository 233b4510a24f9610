using Hub.Core.Accounts;
using Hub.Core.Data;
using Hub.Core.Profiles;
using Hub.Core.Taxonomy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hub.Core.Seeding;

public sealed record SeedReport(int Tags, int Profiles, int ComputeOffers, int Accounts, bool Skipped);
