using Hub.Core;
using Hub.Core.Compute;
using Hub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hub.Matching.Compute;

/// <summary>
/// Core's <see cref="IComputeMatcher"/>: loads a need's candidate offers (or an offer's candidate needs) with their free
/// months, weighs each pair with <see cref="ComputeFit"/> and returns the matches best first. A transparent rule-based
/// ranker rather than the learned pair model, because there are no compute outcomes to learn from yet
/// (docs/compute-matching.md).
/// </summary>
public sealed class ComputeMatcher(HubDbContext db, ComputeAccess access, TimeProvider clock) : IComputeMatcher
{
    /// <summary>Most matches one list returns.</summary>
    public const int MaxMatches = 50;

    public async Task<Outcome<IReadOnlyList<OfferMatch>>> OffersForNeedAsync(string userId, int needId, CancellationToken ct = default)
    {
        var need = await db.ComputeNeeds.AsNoTracking().FirstOrDefaultAsync(n => n.Id == needId, ct);
        if (need is null || !await access.ActsForAsync(userId, need.ProfileId, ct))
        {
            return Outcome.NotFound("That need does not exist.");
        }

        var today = Today;
        var thisMonth = ComputeMonths.Of(today);
        // A need that has started counts from this month: earlier months can't be given any more.
        var first = need.FirstMonth > thisMonth ? ComputeMonths.Of(need.FirstMonth) : thisMonth;
        var last = ComputeMonths.Of(need.LastMonth);
        if (last < first)
        {
            return Outcome.Done<IReadOnlyList<OfferMatch>>([]);
        }

        var applicant = Applicant.Of(await db.Profiles.AsNoTracking().FirstAsync(p => p.Id == need.ProfileId, ct));
        var afterLast = last.AddMonths(1);
        var offers = await db.ComputeOffers.AsNoTracking().Include(o => o.Provider)
            .Where(o => o.Status == OfferStatus.Open && o.AvailableFrom < afterLast && o.AvailableUntil >= first)
            .ToListAsync(ct);
        var ids = offers.Select(o => o.Id).ToList();
        // From this month, not the need's first: the cards show this month's free hours too.
        var months = (await db.ComputeOfferMonths.AsNoTracking()
            .Where(m => ids.Contains(m.OfferId) && m.Month >= thisMonth && m.Month <= last)
            .ToListAsync(ct)).ToLookup(m => m.OfferId);

        IReadOnlyList<OfferMatch> matches = offers
            .Select(o => (Offer: o, Fit: ComputeFit.Assess(need, o, months[o.Id], applicant, today)))
            .Where(x => x.Fit.IsMatch)
            .OrderByDescending(x => x.Fit.Score).ThenByDescending(x => x.Fit.CoveredHours).ThenBy(x => x.Offer.Id)
            .Take(MaxMatches)
            .Select(x => new OfferMatch(
                new OfferCard(x.Offer, x.Offer.Provider!.Name, FreeIn(months[x.Offer.Id], thisMonth), thisMonth),
                x.Fit.Score, x.Fit.CoveredHours, x.Fit.ReasonsForOwner, x.Fit.CautionsForOwner))
            .ToList();
        return Outcome.Done(matches);
    }

    public async Task<Outcome<IReadOnlyList<NeedMatch>>> NeedsForOfferAsync(string userId, int offerId, CancellationToken ct = default)
    {
        if (!await access.ManagesOfferAsync(userId, offerId, ct))
        {
            return Outcome.NotFound("That offer does not exist.");
        }

        var offer = await db.ComputeOffers.AsNoTracking().FirstAsync(o => o.Id == offerId, ct);
        // A paused or closed offer takes no applications, so no need is eligible for it (Eligibility says the same).
        if (offer.Status != OfferStatus.Open)
        {
            return Outcome.Done<IReadOnlyList<NeedMatch>>([]);
        }

        var today = Today;
        var thisMonth = ComputeMonths.Of(today);
        var (windowFirst, windowLast) = offer.Months;
        var afterWindow = windowLast.AddMonths(1);
        var kinds = Applicant.Kinds;
        var candidates = await db.ComputeNeeds.AsNoTracking()
            .Where(n => n.Status == NeedStatus.Open && n.LastMonth >= thisMonth && n.LastMonth >= windowFirst && n.FirstMonth < afterWindow)
            .Join(db.Profiles.AsNoTracking().Where(p => kinds.Contains(p.Kind)), n => n.ProfileId, p => p.Id, (n, p) => new { Need = n, Profile = p })
            .ToListAsync(ct);
        var months = await db.ComputeOfferMonths.AsNoTracking().Where(m => m.OfferId == offerId && m.Month >= thisMonth).ToListAsync(ct);

        IReadOnlyList<NeedMatch> matches = candidates
            .Select(c => (c.Need, c.Profile, Fit: ComputeFit.Assess(c.Need, offer, months, Applicant.Of(c.Profile), today)))
            .Where(x => x.Fit.IsMatch)
            .OrderByDescending(x => x.Fit.Score).ThenByDescending(x => x.Fit.CoveredHours).ThenBy(x => x.Need.Id)
            .Take(MaxMatches)
            .Select(x => new NeedMatch(x.Need, x.Profile.Name, x.Profile.Kind, x.Fit.Score, x.Fit.CoveredHours, x.Fit.ReasonsForProvider, x.Fit.CautionsForProvider))
            .ToList();
        return Outcome.Done(matches);
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private static int FreeIn(IEnumerable<ComputeOfferMonth> months, DateOnly month) =>
        months.Where(m => m.Month == month).Select(m => Math.Max(0, m.FreeHours)).FirstOrDefault();
}
