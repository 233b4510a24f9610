namespace Hub.Core.Seeding;

public sealed record SeedReport(int Tags, int Profiles, int ComputeOffers, int Accounts, bool Skipped);
