using Hub.Core.Data;
using Hub.Core.Live;
using Hub.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Compute;

/// <summary>
/// Applications from submission to decision: applicants apply, edit when asked and withdraw; the provider's members
/// score and comment, then approve in full or in part, ask for changes or reject. Access calls are decided after their
/// cut-off, the fast lane and paid offers as applications come. An approval reserves its hours in the ledger in the
/// same transaction, so it either fits every month or changes nothing.
/// </summary>
public sealed class ComputeApplications(
    HubDbContext db, ComputeAccess access, CapacityLedger ledger, NotificationService notifications, LivePublisher live, TimeProvider clock)
{
    public const int MaxComment = 2000;

    public async Task<Outcome<long>> ApplyAsync(string userId, int offerId, ComputeApplicationInput input, CancellationToken ct = default)
    {
        var offer = await db.ComputeOffers.AsNoTracking().FirstOrDefaultAsync(o => o.Id == offerId, ct);
        if (offer is null)
        {
            return Outcome.NotFound("That offer does not exist.");
        }

        var profile = await db.Profiles.AsNoTracking().FirstOrDefaultAsync(p => p.Id == input.ProfileId, ct);
        if (profile is null || !await access.ActsForAsync(userId, profile.Id, ct))
        {
            return Outcome.Invalid(nameof(ComputeApplicationInput.ProfileId), "Apply as a profile you manage.");
        }

        if (!Applicant.Kinds.Contains(profile.Kind))
        {
            return Outcome.Forbidden("Startups, researchers and companies apply for compute.");
        }

        var risk = RiskAssessment.Of(input.RiskFactors);
        var eligibility = Eligibility.Check(offer, Applicant.Of(profile), risk.Class);
        if (!eligibility.Eligible)
        {
            return Outcome.Conflict(eligibility.WhyNotForApplicant);
        }

        var errors = ComputeApplicationInput.Validate(input, offer, ThisMonth);
        if (input.NeedId is { } needId && !await db.ComputeNeeds.AnyAsync(n => n.Id == needId && n.ProfileId == profile.Id, ct))
        {
            errors[nameof(ComputeApplicationInput.NeedId)] = ["That need is not one of this profile's."];
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        DateOnly? cutOff = null;
        if (offer.AccessMode == AccessMode.AccessCall)
        {
            cutOff = offer.CutOffFor(Today);
            if (cutOff is null)
            {
                return Outcome.Conflict("The call's last cut-off has passed: it takes no more applications.");
            }
        }

        if (await db.ComputeApplications.AnyAsync(a => a.OfferId == offerId && a.ProfileId == profile.Id
                && (a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.ChangesRequested), ct))
        {
            return Outcome.Conflict($"{profile.Name} already has an application for this offer waiting for a decision.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var application = new ComputeApplication
        {
            OfferId = offerId, ProfileId = profile.Id, NeedId = input.NeedId, SubmittedByUserId = userId, CutOff = cutOff,
            Objective = "", DataDescription = "", TeamExperience = "", SubmittedAt = now, UpdatedAt = now,
        };
        Fill(application, input, risk);
        db.ComputeApplications.Add(application);
        await db.SaveChangesAsync(ct);
        await notifications.NotifyAsync(await access.MembersAsync(offer.ProviderId, ct), NotificationType.ComputeApplicationReceived,
            $"{profile.Name} applies for {offer.Title}",
            $"{ComputeLabels.Hours(application.HoursPerMonth)} GPU-hours a month, {ComputeMonths.Span(application.FirstMonth, application.LastMonth)}.",
            NotificationTarget.ComputeApplication(application.Id), new { offerId, applicationId = application.Id }, ct);
        await PublishAsync(application, offer.ProviderId, ct);
        return Outcome.Done(application.Id);
    }

    /// <summary>The applicant changes an application still waiting, or answers a request for changes (which resubmits it).</summary>
    public async Task<Outcome> EditAsync(string userId, long applicationId, ComputeApplicationInput input, CancellationToken ct = default)
    {
        var application = await db.ComputeApplications.Include(a => a.Offer).FirstOrDefaultAsync(a => a.Id == applicationId, ct);
        if (application is null || !await access.ActsForAsync(userId, application.ProfileId, ct))
        {
            return Outcome.NotFound("That application does not exist.");
        }

        if (application.Status is not (ApplicationStatus.Submitted or ApplicationStatus.ChangesRequested))
        {
            return Outcome.Conflict("The application has been decided; it can't change any more.");
        }

        var offer = application.Offer!;
        var profile = await db.Profiles.AsNoTracking().FirstAsync(p => p.Id == application.ProfileId, ct);
        var risk = RiskAssessment.Of(input.RiskFactors);
        if (Eligibility.RiskFinding(offer, risk.Class) is { Met: false } refused)
        {
            return Outcome.Conflict(refused.ForApplicant);
        }

        input.ProfileId = application.ProfileId;
        var errors = ComputeApplicationInput.Validate(input, offer, ThisMonth);
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        var resubmitted = application.Status == ApplicationStatus.ChangesRequested;
        Fill(application, input, risk);
        application.Status = ApplicationStatus.Submitted;
        application.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        application.Version++;
        var staged = resubmitted
            ? await notifications.StageAsync(await access.MembersAsync(offer.ProviderId, ct), NotificationType.ComputeApplicationReceived,
                $"{profile.Name} changed their application for {offer.Title}", "It is back in your review queue.",
                NotificationTarget.ComputeApplication(application.Id), new { offerId = offer.Id, applicationId }, ct)
            : new StagedNotifications();
        await db.SaveChangesAsync(ct);
        await notifications.PushAsync(staged, ct);
        await PublishAsync(application, offer.ProviderId, ct);
        return Outcome.Done();
    }

    /// <summary>A provider member scores (1–5) and comments; a second review by the same person replaces the first.</summary>
    public async Task<Outcome> ReviewAsync(string userId, long applicationId, int score, string? comment, CancellationToken ct = default)
    {
        var (application, offer) = await ForProviderAsync(userId, applicationId, ct);
        if (application is null)
        {
            return Outcome.NotFound("That application does not exist.");
        }

        comment = (comment ?? "").Trim();
        var errors = new Dictionary<string, string[]>();
        if (score is < 1 or > 5)
        {
            errors["Score"] = ["Score from 1 (weak) to 5 (excellent)."];
        }

        if (comment.Length > MaxComment)
        {
            errors["Comment"] = [$"Keep the comment under {MaxComment} characters."];
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        if (application.Status is not (ApplicationStatus.Submitted or ApplicationStatus.ChangesRequested))
        {
            return Outcome.Conflict("The application has been decided; reviews are closed.");
        }

        var review = await db.ComputeReviews.FirstOrDefaultAsync(r => r.ApplicationId == applicationId && r.ReviewerUserId == userId, ct);
        if (review is null)
        {
            db.ComputeReviews.Add(review = new ComputeReview { ApplicationId = applicationId, ReviewerUserId = userId });
        }

        review.Score = score;
        review.Comment = comment;
        review.At = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        // Reviews are the provider's own: only its members hear of them.
        await live.PublishAsync(LiveAudience.ProfileMembers(offer!.ProviderId), new ApplicationChanged(applicationId, offer.Id, application.Status), ct);
        return Outcome.Done();
    }

    /// <summary>
    /// Approves the hours a month given (the hours asked for approve in full, fewer approve in part). The ledger takes
    /// the hours in every month or the whole approval is rolled back with the month that lacked them.
    /// </summary>
    public async Task<Outcome> ApproveAsync(string userId, long applicationId, int hoursPerMonth, string? note, CancellationToken ct = default)
    {
        var (application, offer) = await ForProviderAsync(userId, applicationId, ct, tracked: false);
        if (application is null)
        {
            return Outcome.NotFound("That application does not exist.");
        }

        note = (note ?? "").Trim();
        if (hoursPerMonth < 1 || hoursPerMonth > application.HoursPerMonth)
        {
            return Outcome.Invalid("HoursPerMonth", $"Approve between 1 and the {ComputeLabels.Hours(application.HoursPerMonth)} GPU-hours a month asked for.");
        }

        if (note.Length > MaxComment)
        {
            return Outcome.Invalid("Note", $"Keep the note under {MaxComment} characters.");
        }

        if (Undecidable(application) is { } refusal)
        {
            return refusal;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var months = ComputeMonths.Range(application.FirstMonth, application.LastMonth).ToList();
        var strategy = db.Database.CreateExecutionStrategy();
        var outcome = await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            // Claim the decision first: of two reviewers deciding at once, only one gets past this line.
            var claimed = await db.ComputeApplications
                .Where(a => a.Id == applicationId && a.Status == ApplicationStatus.Submitted && a.Version == application.Version)
                .ExecuteUpdateAsync(u => u
                    .SetProperty(a => a.Status, ApplicationStatus.Approved)
                    .SetProperty(a => a.ApprovedHoursPerMonth, hoursPerMonth)
                    .SetProperty(a => a.DecisionNote, note.Length == 0 ? null : note)
                    .SetProperty(a => a.DecidedByUserId, userId)
                    .SetProperty(a => a.DecidedAt, now)
                    .SetProperty(a => a.UpdatedAt, now)
                    .SetProperty(a => a.Version, a => a.Version + 1), ct);
            if (claimed == 0)
            {
                await tx.RollbackAsync(ct);
                return Outcome.Conflict("The application changed or was decided meanwhile; reload it.");
            }

            if (await ledger.TryReserveAsync(offer!.Id, months, hoursPerMonth, ct) is { } shortfall)
            {
                await tx.RollbackAsync(ct);
                return Outcome.Conflict(shortfall.Free == 0
                    ? $"No GPU-hours are left in {ComputeMonths.Label(shortfall.Month)}: nothing was approved. Ask the applicant to move their months, or reject."
                    : $"Only {ComputeLabels.Hours(shortfall.Free)} GPU-hours are left in {ComputeMonths.Label(shortfall.Month)}: nothing was approved. Approve {ComputeLabels.Hours(shortfall.Free)} or fewer a month.");
            }

            db.ComputeAllocations.AddRange(months.Select(m => new ComputeAllocation { ApplicationId = applicationId, OfferId = offer.Id, Month = m, ApprovedHours = hoursPerMonth }));
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return Outcome.Done();
        });
        if (!outcome.Succeeded)
        {
            return outcome;
        }

        var partly = hoursPerMonth < application.HoursPerMonth;
        await TellApplicantAsync(application, offer!,
            partly ? $"{offer!.Title}: approved in part" : $"{offer!.Title}: approved",
            (partly
                ? $"{ComputeLabels.Hours(hoursPerMonth)} of the {ComputeLabels.Hours(application.HoursPerMonth)} GPU-hours a month you asked for, {ComputeMonths.Span(application.FirstMonth, application.LastMonth)}."
                : $"{ComputeLabels.Hours(hoursPerMonth)} GPU-hours a month, {ComputeMonths.Span(application.FirstMonth, application.LastMonth)}.")
                + (note.Length > 0 ? " " + note : ""),
            ApplicationStatus.Approved, ct);
        await live.PublishAsync(LiveAudience.SignedIn, new CapacityChanged(offer!.Id), ct);
        return Outcome.Done();
    }

    public Task<Outcome> RequestChangesAsync(string userId, long applicationId, string? changes, CancellationToken ct = default) =>
        DecideWithoutHoursAsync(userId, applicationId, ApplicationStatus.ChangesRequested, changes, ct);

    public Task<Outcome> RejectAsync(string userId, long applicationId, string? reason, CancellationToken ct = default) =>
        DecideWithoutHoursAsync(userId, applicationId, ApplicationStatus.Rejected, reason, ct);

    /// <summary>
    /// The applicant withdraws: a waiting application leaves the queue; an approved one gives back this month's unused
    /// hours and every later month's to the pool (past months stay as they were: used or lost).
    /// </summary>
    public async Task<Outcome> WithdrawAsync(string userId, long applicationId, CancellationToken ct = default)
    {
        var application = await db.ComputeApplications.AsNoTracking().Include(a => a.Offer).FirstOrDefaultAsync(a => a.Id == applicationId, ct);
        if (application is null || !await access.ActsForAsync(userId, application.ProfileId, ct))
        {
            return Outcome.NotFound("That application does not exist.");
        }

        return await EndAsync(application, null, ct);
    }

    /// <summary>The provider ends an approved allocation early, with a reason; its future hours return to the pool.</summary>
    public async Task<Outcome> EndAllocationAsync(string userId, long applicationId, string? reason, CancellationToken ct = default)
    {
        var (application, _) = await ForProviderAsync(userId, applicationId, ct, tracked: false);
        if (application is null)
        {
            return Outcome.NotFound("That application does not exist.");
        }

        reason = (reason ?? "").Trim();
        if (reason.Length == 0)
        {
            return Outcome.Invalid("Reason", "Tell the applicant why the allocation ends.");
        }

        if (application.Status != ApplicationStatus.Approved)
        {
            return Outcome.Conflict("Only an approved allocation can end.");
        }

        return await EndAsync(application, reason, ct);
    }

    /// <summary>One application, if the reader is its applicant or its provider; null for anyone else.</summary>
    public async Task<ApplicationView?> GetAsync(string? userId, long applicationId, CancellationToken ct = default)
    {
        var application = await db.ComputeApplications.AsNoTracking().Include(a => a.Offer).FirstOrDefaultAsync(a => a.Id == applicationId, ct);
        if (application is null)
        {
            return null;
        }

        var side = await access.SideAsync(userId, application, ct);
        if (side == ApplicationSide.None)
        {
            return null;
        }

        var names = await db.Profiles.AsNoTracking().Where(p => p.Id == application.ProfileId || p.Id == application.Offer!.ProviderId)
            .ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var reviews = side == ApplicationSide.Provider
            ? await (from r in db.ComputeReviews.AsNoTracking()
                     join u in db.Users on r.ReviewerUserId equals u.Id into reviewers
                     from u in reviewers.DefaultIfEmpty()
                     where r.ApplicationId == applicationId
                     orderby r.At
                     // A reviewer who deleted their account keeps their review, as a former member.
                     select new ReviewView(r.ReviewerUserId, u == null ? Accounts.AccountDeletion.FormerMemberName : u.DisplayName, r.Score, r.Comment, r.At)).ToListAsync(ct)
            : [];
        var allocations = await db.ComputeAllocations.AsNoTracking().Where(a => a.ApplicationId == applicationId).OrderBy(a => a.Month).ToListAsync(ct);
        var need = application.NeedId is { } needId && side == ApplicationSide.Applicant
            ? await db.ComputeNeeds.AsNoTracking().Where(n => n.Id == needId).Select(n => n.Title).FirstOrDefaultAsync(ct)
            : null;
        return new ApplicationView(application, application.Offer!, names[application.ProfileId], names[application.Offer!.ProviderId], side,
            RiskAssessment.Of(application.RiskFactors), reviews, allocations, need, Today);
    }

    /// <summary>Every application of the profiles the user acts for, newest first.</summary>
    public async Task<IReadOnlyList<ApplicationRow>> MineAsync(string userId, CancellationToken ct = default)
    {
        var mine = (await access.ApplicantsOfAsync(userId, ct)).Select(p => p.Id).ToList();
        return await RowsAsync(db.ComputeApplications.Where(a => mine.Contains(a.ProfileId)), withScores: false, ct);
    }

    /// <summary>
    /// The provider's queue: applications to its offers, those to decide now first (fast lane and paid oldest first,
    /// access calls by cut-off then average score), then those waiting for a cut-off or for changes, then decided ones.
    /// </summary>
    public async Task<Outcome<IReadOnlyList<ApplicationRow>>> QueueAsync(string userId, int providerId, CancellationToken ct = default)
    {
        if (!await access.ActsForAsync(userId, providerId, ct))
        {
            return Outcome.NotFound("That provider does not exist.");
        }

        var rows = await RowsAsync(db.ComputeApplications.Where(a => a.Offer!.ProviderId == providerId), withScores: true, ct);
        var today = Today;
        return Outcome.Done<IReadOnlyList<ApplicationRow>>(rows
            .OrderBy(r => r.DecidableOn(today) ? 0 : r.Status is ApplicationStatus.Submitted or ApplicationStatus.ChangesRequested ? 1 : 2)
            .ThenBy(r => r.DecidableFrom ?? DateOnly.MinValue)
            .ThenByDescending(r => r.AccessMode == AccessMode.AccessCall ? r.AverageScore ?? 0 : 0)
            .ThenBy(r => r.Status is ApplicationStatus.Submitted or ApplicationStatus.ChangesRequested ? r.SubmittedAt.Ticks : -r.SubmittedAt.Ticks)
            .ToList());
    }

    private async Task<IReadOnlyList<ApplicationRow>> RowsAsync(IQueryable<ComputeApplication> applications, bool withScores, CancellationToken ct)
    {
        var list = await applications.AsNoTracking()
            .Select(a => new
            {
                a,
                a.Offer!.Title,
                a.Offer.AccessMode,
                a.Offer.ProviderId,
                Provider = a.Offer.Provider!.Name,
                Applicant = db.Profiles.Where(p => p.Id == a.ProfileId).Select(p => p.Name).First(),
            })
            .OrderByDescending(x => x.a.SubmittedAt).ToListAsync(ct);
        var ids = list.Select(x => x.a.Id).ToList();
        var scores = withScores
            ? (await db.ComputeReviews.AsNoTracking().Where(r => ids.Contains(r.ApplicationId)).Select(r => new { r.ApplicationId, r.Score }).ToListAsync(ct))
                .GroupBy(r => r.ApplicationId).ToDictionary(g => g.Key, g => (Average: g.Average(r => (double)r.Score), Count: g.Count()))
            : [];
        return list.Select(x => new ApplicationRow(x.a.Id, x.a.OfferId, x.Title, x.AccessMode, x.ProviderId, x.Provider, x.a.ProfileId, x.Applicant,
            x.a.HoursPerMonth, x.a.FirstMonth, x.a.LastMonth, x.a.Status, ComputeLabels.Of(x.a), x.a.ApprovedHoursPerMonth, x.a.RiskClass,
            scores.TryGetValue(x.a.Id, out var s) ? s.Average : null, scores.TryGetValue(x.a.Id, out var c) ? c.Count : 0,
            x.a.SubmittedAt, x.a.CutOff?.AddDays(1))).ToList();
    }

    private async Task<Outcome> DecideWithoutHoursAsync(string userId, long applicationId, ApplicationStatus status, string? note, CancellationToken ct)
    {
        var (application, offer) = await ForProviderAsync(userId, applicationId, ct, tracked: false);
        if (application is null)
        {
            return Outcome.NotFound("That application does not exist.");
        }

        note = (note ?? "").Trim();
        if (note.Length == 0)
        {
            return Outcome.Invalid("Note", status == ApplicationStatus.Rejected
                ? "Give the applicant the reason for the rejection."
                : "Say what the applicant should change.");
        }

        if (note.Length > MaxComment)
        {
            return Outcome.Invalid("Note", $"Keep it under {MaxComment} characters.");
        }

        // Changes may be asked for before a cut-off (so the applicant can fix things in time); a rejection waits for it.
        var refusal = status == ApplicationStatus.ChangesRequested
            ? application.Status == ApplicationStatus.Submitted ? null : Outcome.Conflict("Only an application waiting for a decision can be sent back for changes.")
            : Undecidable(application);
        if (refusal is not null)
        {
            return refusal;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var claimed = await db.ComputeApplications
            .Where(a => a.Id == applicationId && a.Status == ApplicationStatus.Submitted && a.Version == application.Version)
            .ExecuteUpdateAsync(u => u
                .SetProperty(a => a.Status, status)
                .SetProperty(a => a.DecisionNote, note)
                .SetProperty(a => a.DecidedByUserId, userId)
                .SetProperty(a => a.DecidedAt, now)
                .SetProperty(a => a.UpdatedAt, now)
                .SetProperty(a => a.Version, a => a.Version + 1), ct);
        if (claimed == 0)
        {
            return Outcome.Conflict("The application changed or was decided meanwhile; reload it.");
        }

        await TellApplicantAsync(application, offer!,
            status == ApplicationStatus.Rejected ? $"{offer!.Title}: not approved" : $"{offer!.Title}: changes requested",
            note, status, ct);
        return Outcome.Done();
    }

    private async Task<Outcome> EndAsync(ComputeApplication application, string? providerReason, CancellationToken ct)
    {
        if (application.Status is ApplicationStatus.Rejected or ApplicationStatus.Withdrawn)
        {
            return Outcome.Conflict(application.Status == ApplicationStatus.Withdrawn ? "The application is already withdrawn." : "The application was rejected.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var thisMonth = ThisMonth;
        var released = 0;
        var strategy = db.Database.CreateExecutionStrategy();
        var outcome = await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            released = 0;
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var claimed = await db.ComputeApplications
                .Where(a => a.Id == application.Id && a.Status == application.Status && a.Version == application.Version)
                .ExecuteUpdateAsync(u => u
                    .SetProperty(a => a.Status, ApplicationStatus.Withdrawn)
                    .SetProperty(a => a.WithdrawnAt, now)
                    .SetProperty(a => a.DecisionNote, a => providerReason ?? a.DecisionNote)
                    .SetProperty(a => a.UpdatedAt, now)
                    .SetProperty(a => a.Version, a => a.Version + 1), ct);
            if (claimed == 0)
            {
                await tx.RollbackAsync(ct);
                return Outcome.Conflict("The application changed meanwhile; reload it.");
            }

            foreach (var allocation in await db.ComputeAllocations.Where(a => a.ApplicationId == application.Id && a.Month >= thisMonth).ToListAsync(ct))
            {
                var back = allocation.ApprovedHours - allocation.UsedHours;
                if (back <= 0)
                {
                    continue;
                }

                await ledger.ReleaseAsync(allocation.OfferId, allocation.Month, back, ct);
                allocation.ApprovedHours -= back;
                allocation.ReleasedHours += back;
                released += back;
            }

            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return Outcome.Done();
        });
        if (!outcome.Succeeded)
        {
            return outcome;
        }

        var offer = application.Offer!;
        var hours = released > 0 ? $" {ComputeLabels.Hours(released)} GPU-hours went back to the pool." : "";
        if (providerReason is not null)
        {
            await TellApplicantAsync(application, offer, $"{offer.Title}: your allocation ended", providerReason + hours, ApplicationStatus.Withdrawn, ct);
        }
        else
        {
            var name = await db.Profiles.Where(p => p.Id == application.ProfileId).Select(p => p.Name).FirstAsync(ct);
            await notifications.NotifyAsync(await access.MembersAsync(offer.ProviderId, ct), NotificationType.ComputeApplicationReceived,
                $"{name} withdrew their application for {offer.Title}", hours.Length > 0 ? hours.Trim() : "It left your queue.",
                NotificationTarget.ComputeApplication(application.Id), new { offerId = offer.Id, applicationId = application.Id }, ct);
            await PublishAsync(application, offer.ProviderId, ct, ApplicationStatus.Withdrawn);
        }

        if (released > 0)
        {
            await live.PublishAsync(LiveAudience.SignedIn, new CapacityChanged(offer.Id), ct);
        }

        return Outcome.Done();
    }

    private Outcome? Undecidable(ComputeApplication application)
    {
        if (application.Status != ApplicationStatus.Submitted)
        {
            return Outcome.Conflict(application.Status == ApplicationStatus.ChangesRequested
                ? "The applicant is making the changes you asked for; decide once they resubmit."
                : "The application has already been decided.");
        }

        return application.CutOff is { } cutOff && Today <= cutOff
            ? Outcome.Conflict($"Access-call applications are decided together after the cut-off on {ComputeLabels.Day(cutOff)}.")
            : null;
    }

    private async Task<(ComputeApplication? Application, ComputeOffer? Offer)> ForProviderAsync(string userId, long applicationId, CancellationToken ct, bool tracked = true)
    {
        var query = db.ComputeApplications.Include(a => a.Offer).Where(a => a.Id == applicationId);
        var application = await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(ct);
        return application is not null && await access.ActsForAsync(userId, application.Offer!.ProviderId, ct)
            ? (application, application.Offer)
            : (null, null);
    }

    private async Task TellApplicantAsync(ComputeApplication application, ComputeOffer offer, string title, string body, ApplicationStatus status, CancellationToken ct)
    {
        await notifications.NotifyAsync(await access.MembersAsync(application.ProfileId, ct), NotificationType.ComputeApplicationDecided, title, body,
            NotificationTarget.ComputeApplication(application.Id), new { offerId = offer.Id, applicationId = application.Id, status }, ct);
        await PublishAsync(application, offer.ProviderId, ct, status);
    }

    private Task PublishAsync(ComputeApplication application, int providerId, CancellationToken ct, ApplicationStatus? status = null) =>
        live.PublishAsync(LiveAudience.ProfileMembers(application.ProfileId, providerId),
            new ApplicationChanged(application.Id, application.OfferId, status ?? application.Status), ct);

    private static void Fill(ComputeApplication a, ComputeApplicationInput input, RiskAssessment risk)
    {
        a.Objective = input.Objective.Trim();
        a.DataDescription = input.DataDescription.Trim();
        a.TeamExperience = input.TeamExperience.Trim();
        a.HoursPerMonth = input.HoursPerMonth;
        a.FirstMonth = ComputeMonths.Of(input.FirstMonth);
        a.LastMonth = ComputeMonths.Of(input.LastMonth);
        a.LongestJobHours = input.LongestJobHours;
        a.Answers = [.. input.Answers.Select(x => x.Trim())];
        a.RiskFactors = input.RiskFactors;
        a.RiskClass = risk.Class;
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private DateOnly ThisMonth => ComputeMonths.Of(Today);
}
