using Hub.Core.Compute;
using Hub.Core.Data;
using Hub.Core.Profiles;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Seeding;

/// <summary>
/// The compute marketplace of the demo, dated around the day it is seeded: needs, applications in every state (waiting
/// in each access mode, waiting for a cut-off or past it, changes asked for, approved in full and in part, rejected,
/// withdrawn), provider reviews, and allocations with the usage of the months already run, written to the capacity
/// ledger as approvals write it. The featured startup has an open need, an allocation approved in part and an application
/// waiting; compute@hub.demo's provider has a full queue, and the featured startup has applied to none of its offers,
/// so a newcomer signed in as the startup can still apply to them.
/// </summary>
internal static class DemoCompute
{
    public static async Task SeedAsync(HubDbContext db, DateTime now, CancellationToken ct)
    {
        var market = await Market.LoadAsync(db, now, ct);
        if (market is null)
        {
            return;
        }

        await market.PlayAsync();
    }

    /// <summary>An applicant profile and the account that acts for it.</summary>
    private sealed record Member(Profile Profile, string UserId);

    /// <summary>An access call's cut-offs as the demo places them around the seed day: one long past, one just past, one ahead.</summary>
    private sealed record Round(DateOnly Older, DateOnly Past, DateOnly Next)
    {
        /// <summary>Allocations decided after a cut-off start the month after it.</summary>
        public static DateOnly StartAfter(DateOnly cutOff) => ComputeMonths.Of(cutOff).AddMonths(1);
    }

    /// <summary>What an applicant writes about a project; needs and applications are made from it.</summary>
    private sealed record Project(string Title, Workload Workload, DataSensitivity Sensitivity, int MemoryGb, int LongestJobHours, RiskFactors Risks,
        string Objective, string Data, string Team, string Stack)
    {
        /// <summary>Answers the open-science question of the calls.</summary>
        public string Outputs { get; init; } = "";

        /// <summary>Answers the AI Factory's question on the benefit for Luxembourg.</summary>
        public string Benefit { get; init; } = "";

        /// <summary>Answers the scaling question of the research call and the fast lanes' "what will you test".</summary>
        public string Evidence { get; init; } = "";
    }

    private sealed class Market(HubDbContext db, DateTime now, CancellationToken ct)
    {
        private readonly Dictionary<string, Member> _featured = [];
        private readonly Dictionary<int, string> _memberOf = [];
        private readonly Dictionary<(int Offer, DateOnly Month), ComputeOfferMonth> _ledger = [];
        private readonly HashSet<int> _used = [];
        private readonly Dictionary<int, ComputeNeed> _needs = [];
        private List<Profile> _candidates = [];
        private List<ComputeOffer> _offers = [];

        private DateOnly Today => DateOnly.FromDateTime(now);

        private DateOnly ThisMonth => ComputeMonths.Of(Today);

        public static async Task<Market?> LoadAsync(HubDbContext db, DateTime now, CancellationToken ct)
        {
            var market = new Market(db, now, ct);
            var featured = await db.ProfileMembers.Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { m.ProfileId, m.UserId, u.NormalizedEmail })
                .Where(x => x.NormalizedEmail == "STARTUP@HUB.DEMO" || x.NormalizedEmail == "RESEARCHER@HUB.DEMO"
                    || x.NormalizedEmail == "COMPANY@HUB.DEMO" || x.NormalizedEmail == "COMPUTE@HUB.DEMO")
                .ToListAsync(ct);
            if (featured.Select(f => f.NormalizedEmail).Distinct().Count() < 4)
            {
                return null;
            }

            var featuredIds = featured.Select(f => f.ProfileId).ToList();
            var featuredProfiles = await db.Profiles.AsNoTracking().Include(p => p.Tags).Where(p => featuredIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
            foreach (var f in featured)
            {
                market._featured[f.NormalizedEmail!] = new Member(featuredProfiles[f.ProfileId], f.UserId);
            }

            // The first profiles of each kind are enough to cast every application; a benchmark world has thousands.
            foreach (var kind in Applicant.Kinds)
            {
                market._candidates.AddRange(await db.Profiles.AsNoTracking().Include(p => p.Tags)
                    .Where(p => p.Kind == kind && !featuredIds.Contains(p.Id)).OrderBy(p => p.Id).Take(80).ToListAsync(ct));
            }

            market._offers = await db.ComputeOffers.OrderBy(o => o.Id).ToListAsync(ct);
            var profiles = market._candidates.Select(p => p.Id).Concat(featuredIds).Concat(market._offers.Select(o => o.ProviderId)).Distinct().ToList();
            foreach (var m in await db.ProfileMembers.Where(m => profiles.Contains(m.ProfileId)).OrderBy(m => m.JoinedAt).ThenBy(m => m.UserId).ToListAsync(ct))
            {
                market._memberOf.TryAdd(m.ProfileId, m.UserId);
            }

            foreach (var month in await db.ComputeOfferMonths.ToListAsync(ct))
            {
                market._ledger[(month.OfferId, month.Month)] = month;
            }

            return market;
        }

        public async Task PlayAsync()
        {
            var startup = _featured["STARTUP@HUB.DEMO"];
            var researcher = _featured["RESEARCHER@HUB.DEMO"];
            var company = _featured["COMPANY@HUB.DEMO"];
            var kirchberg = _featured["COMPUTE@HUB.DEMO"].Profile.Id; // Kirchberg GPU Cloud in the committed seed

            var startupCall = _offers.FirstOrDefault(o => o.AccessMode == AccessMode.AccessCall && o.EligibleKinds.Contains(ProfileKind.Startup));
            var aiFactory = startupCall?.ProviderId;
            var researchCall = _offers.FirstOrDefault(o => o.AccessMode == AccessMode.AccessCall && o.ProviderId == aiFactory && o != startupCall);
            var fastLane = _offers.FirstOrDefault(o => o.AccessMode == AccessMode.FastLane && o.ProviderId == aiFactory);
            var meluxinaCall = _offers.FirstOrDefault(o => o.AccessMode == AccessMode.AccessCall && o.ProviderId != aiFactory);
            var meluxina = _offers.FirstOrDefault(o => o.AccessMode == AccessMode.Paid && o.ProviderId == meluxinaCall?.ProviderId);
            var kirchbergOffers = _offers.Where(o => o.ProviderId == kirchberg && o.AccessMode != AccessMode.AccessCall).ToList();
            var kirchbergA = kirchbergOffers.FirstOrDefault();
            var kirchbergB = kirchbergOffers.Skip(1).FirstOrDefault() ?? kirchbergA;
            var others = _offers.Where(o => o.ProviderId != kirchberg && o.ProviderId != aiFactory && o.ProviderId != meluxinaCall?.ProviderId).ToList();

            // Calls carry fixed dates in the seed; around the seed day they need one cut-off long past (allocations
            // running), one just past (applications to decide now) and some ahead (applications waiting).
            var startupRound = await MoveCutOffsAsync(startupCall, -110, -20, 25, 95);
            var researchRound = await MoveCutOffsAsync(researchCall, -100, -12, 40, 130);
            var meluxinaRound = await MoveCutOffsAsync(meluxinaCall, -85, -30, 60, 150);

            // The featured startup: a graph model approved in part last round (its need met), a legal model waiting for
            // the next cut-off (its need open), and a paid application it withdrew.
            if (startupRound is { } sr)
            {
                var graph = await ApplyAsync(startupCall, startup, RegulatoryGraph, 3_000, Round.StartAfter(sr.Older), 6, At(sr.Older, -10), NeedStatus.Met);
                Review(graph, 4, "Clear plan and a useful open data set. The ablation runs could wait for a second phase.", At(sr.Older, 5));
                Approve(graph, At(sr.Older, 12), 0.88, inPart: 2_000,
                    note: "Approved in part: 2,000 GPU-hours a month cover the training runs in your plan; the panel left out the ablation study.");
                await ApplyAsync(startupCall, startup, LegalModel, 1_500, Round.StartAfter(sr.Next), 4, At(Today, -3, 16), NeedStatus.Open, budget: 9_000m);
            }

            var alerts = await ApplyAsync(others.FirstOrDefault(o => o.AccessMode == AccessMode.Paid && Fits(o, startup, RegulatoryAlerts)), startup, RegulatoryAlerts,
                400, ThisMonth, 3, At(Today, -40));
            Withdraw(alerts, At(Today, -33));

            // The featured researcher: a robotics scaling study running on MeluXina (need met), and a parking-sign model
            // the AI Factory sent back for changes (need open).
            if (meluxinaRound is { } mr)
            {
                var policies = await ApplyAsync(meluxinaCall, researcher, RobotPolicies, 1_000, Round.StartAfter(mr.Older), 4, At(mr.Older, -8), NeedStatus.Met);
                Review(policies, 5, "Strong scaling evidence and code already public. Fund in full.", At(mr.Older, 4));
                Approve(policies, At(mr.Older, 11), 0.93);
            }

            if (researchRound is { } rr)
            {
                var signs = await ApplyAsync(researchCall, researcher, ParkingSigns, 4_000, Round.StartAfter(rr.Next), 4, At(Today, -10, 11), NeedStatus.Open);
                AskForChanges(signs, At(Today, -5, 15),
                    "Please add a data management plan for the street-level video: how faces and number plates are blurred before upload, where the raw footage stays and who may access it. Resubmit before the cut-off and it will be reviewed in this round.");
            }

            // The featured company: a cargo forecast running on a paid offer (need met) and a picking policy waiting at MeluXina (need open).
            var forecastOffer = others.FirstOrDefault(o => o.AccessMode == AccessMode.Paid && Fits(o, company, CargoForecast));
            var forecast = await ApplyAsync(forecastOffer, company, CargoForecast, Share(forecastOffer, 0.08), ThisMonth.AddMonths(-2), 4, At(Today, -70),
                NeedStatus.Met, budget: 7_000m);
            Approve(forecast, At(Today, -68), 0.81);
            await ApplyAsync(meluxina, company, ParcelPicking, 2_000, ThisMonth.AddMonths(1), 3, At(Today, -2, 9), NeedStatus.Open, budget: 20_000m);

            // The AI Factory's startup and SME call: last round's allocations running, this round's to decide, the next one's waiting.
            if (startupRound is { } s)
            {
                var xray = await CastAsync(startupCall, ProfileKind.Startup, ChestXray, 1_200, Round.StartAfter(s.Older), 5, At(s.Older, -12), "health", "computer-vision");
                Review(xray, 5, "Excellent team and a clinical partner on board. They understand the high-risk duties and have planned for them.", At(s.Older, 4));
                Approve(xray, At(s.Older, 12), 0.92);

                var speech = await CastAsync(startupCall, ProfileKind.Startup, LuxembourgishSpeech, 2_500, Round.StartAfter(s.Past), 4, At(s.Past, -9), "speech", "nlp");
                Review(speech, 4, "A public-good language resource, exactly what the call is for. Ask them to confirm the speakers' consent forms.", At(s.Past, 3));
                var sentinel = await CastAsync(startupCall, ProfileKind.Startup, SentinelFoundation, 6_000, Round.StartAfter(s.Past), 6, At(s.Past, -5),
                    "earth-observation", "satellite-imagery", "space");
                Review(sentinel, 3, "Ambitious and the data pipeline is convincing, but no smaller run justifies 6,000 hours a month yet.", At(s.Past, 4));
                var inspection = await CastAsync(startupCall, ProfileKind.Company, LineInspection, 1_000, Round.StartAfter(s.Past), 3, At(s.Past, -12), "manufacturing", "computer-vision");
                Review(inspection, 5, "Small, well scoped and ready to run: an SME new to HPC, just who the call is for.", At(s.Past, 2));

                var chatbot = await CastAsync(startupCall, ProfileKind.Startup, ShopAssistant, 3_000, Round.StartAfter(s.Past), 6, At(s.Past, -7), "retail", "llm", need: false);
                Review(chatbot, 2, "This is production serving rather than research or development.", At(s.Past, 3));
                Reject(chatbot, At(s.Past, 6),
                    "The call funds research and development; most of these hours would serve your assistant in production. A paid offer fits that better, and the fast lane can cover a first fine-tuning test.");

                var tax = await CastAsync(startupCall, ProfileKind.Startup, TaxReplies, 4_000, Round.StartAfter(s.Next), 3, At(Today, -12), "public-sector", "llm", "nlp");
                AskForChanges(tax, At(Today, -4, 14),
                    "Please split the request into a two-month pilot and the full run, and describe how personal data in the citizens' e-mails is removed before training. Resubmit before the cut-off.");
                await CastAsync(startupCall, ProfileKind.Startup, PaymentGraphs, 1_800, Round.StartAfter(s.Next), 4, At(Today, -6, 10), "fintech", "graph-ml");
                var shelves = await CastAsync(startupCall, ProfileKind.Startup, ShelfImages, 1_000, Round.StartAfter(s.Next), 2, At(Today, -15), "retail", "generative-ai", need: false);
                Withdraw(shelves, At(Today, -8, 17));
            }

            // The AI Factory's fast lane, decided as applications come.
            var wind = await CastAsync(fastLane, ProfileKind.Startup, WindForecast, 500, ThisMonth.AddMonths(-1), 2, At(Today, -40), "energy", "forecasting");
            Approve(wind, At(Today, -37), 0.96);
            await CastAsync(fastLane, ProfileKind.Startup, InsuranceBenchmark, 400, ThisMonth, 2, At(Today, -2, 14), "insurance", "document-ai", "llm");
            await CastAsync(fastLane, ProfileKind.Company, CustomsDocuments, 300, ThisMonth.AddMonths(1), 2, At(Today, -1, 10), "logistics", "document-ai");

            // The AI Factory's research call.
            if (researchRound is { } r)
            {
                var flood = await CastAsync(researchCall, ProfileKind.Researcher, FloodDownscaling, 4_000, Round.StartAfter(r.Older), 6, At(r.Older, -9), "climate", "earth-observation");
                Review(flood, 4, "Sound science and strong partners. The ensemble could be halved for a first phase.", At(r.Older, 5));
                Approve(flood, At(r.Older, 12), 0.79, inPart: 2_500,
                    note: "Approved in part: 2,500 GPU-hours a month run an ensemble of ten members; apply again for the full ensemble once the first results are in.");
                var protein = await CastAsync(researchCall, ProfileKind.Researcher, ProteinLigand, 3_000, Round.StartAfter(r.Past), 4, At(r.Past, -6), "health");
                Review(protein, 4, "Well prepared; the open benchmark is a real contribution.", At(r.Past, 2));
                await CastAsync(researchCall, ProfileKind.Researcher, LuxembourgishModel, 8_000, Round.StartAfter(r.Next), 6, At(Today, -4, 13), "nlp", "llm");
            }

            // MeluXina's research call and commercial access.
            if (meluxinaRound is { } m)
            {
                var grid = await CastAsync(meluxinaCall, ProfileKind.Researcher, GridFaults, 2_000, Round.StartAfter(m.Past), 4, At(m.Past, -10), "energy", "graph-ml");
                Review(grid, 2, "An interesting question, but the code has only run on one GPU so far.", At(m.Past, 4));
                Reject(grid, At(m.Past, 9),
                    "The reviewers found no scaling evidence: the code has only run on one GPU and the plan asks for 32-GPU jobs. Run a scaling test first (a small paid or fast-lane allocation is enough) and apply at the next cut-off.");
                var telemetry = await CastAsync(meluxinaCall, ProfileKind.Researcher, SatelliteTelemetry, 800, Round.StartAfter(m.Past), 3, At(m.Past, -4), "space", "anomaly-detection");
                Review(telemetry, 2, "Feasible, but the hours look oversized next to an LSTM baseline; ask them to justify the transformer runs.", At(m.Past, 5));
            }

            var prospectus = await CastAsync(meluxina, ProfileKind.Startup, ProspectusReader, 800, ThisMonth.AddMonths(-1), 3, At(Today, -45), "fintech", "document-ai");
            Approve(prospectus, At(Today, -43), 0.74);

            // compute@hub.demo's provider: allocations running, one ended early, a queue to decide, and one sent back.
            var coils = await CastAsync(kirchbergA, ProfileKind.Company, CoilInspection, Share(kirchbergA, 0.25), ThisMonth.AddMonths(-3), 5, At(Today, -110), "manufacturing", "anomaly-detection");
            Approve(coils, At(Today, -107), 0.84);
            var calls = await CastAsync(kirchbergB, ProfileKind.Startup, CallCentreSpeech, Share(kirchbergB, 0.3), ThisMonth.AddMonths(-1), 4, At(Today, -50), "speech", "nlp", "insurance");
            Approve(calls, At(Today, -47), 0.69, inPart: Share(kirchbergB, 0.2),
                note: "Approved in part: a training customer has the nodes in the evenings, so we can give two thirds of the hours.");
            var demand = await CastAsync(kirchbergA, ProfileKind.Startup, RetailDemand, Share(kirchbergA, 0.12), ThisMonth.AddMonths(-2), 5, At(Today, -80), "retail", "forecasting");
            var ended = At(Today, -Math.Min(5, Today.Day - 1), 11);
            Approve(demand, At(Today, -78), 0.9, usageUntil: ended);
            Withdraw(demand, ended);

            var imaging = await CastAsync(kirchbergA, ProfileKind.Researcher, FederatedImaging, Share(kirchbergA, 0.1), ThisMonth.AddMonths(1), 3, At(Today, -3, 10), "health", "federated-learning");
            Review(imaging, 4, "Fits the A100 nodes well. Ask for their data-processing agreement before approving.", At(Today, -2, 9));
            var routes = await CastAsync(kirchbergA, ProfileKind.Company, RouteOptimisation, Share(kirchbergA, 0.08), ThisMonth.AddMonths(1), 3, At(Today, -5, 15), "logistics", "optimisation");
            Review(routes, 3, "Fine technically, but the plan describes six weeks of work for three months of hours; ask whether two months would do.", At(Today, -4, 16));
            await CastAsync(kirchbergB, ProfileKind.Startup, ClaimsAssistant, Share(kirchbergB, 0.1), ThisMonth.AddMonths(1), 3, At(Today, -1, 17), "insurance", "llm");
            var photos = await CastAsync(kirchbergB, ProfileKind.Company, ClaimPhotos, Share(kirchbergB, 0.06), ThisMonth.AddMonths(1), 3, At(Today, -8), "insurance", "computer-vision");
            AskForChanges(photos, At(Today, -6, 10),
                "Please say whether the claim photos show people or number plates, and confirm you can sign our data-processing agreement; then we can approve.");
            var agents = await CastAsync(kirchbergA, ProfileKind.Startup, AgentPretraining, Share(kirchbergA, 0.2), ThisMonth.AddMonths(1), 3, At(Today, -20), "llm", "generative-ai", need: false);
            Reject(agents, At(Today, -18, 14),
                "Your pre-training plan needs multi-node jobs on a fast interconnect, which these nodes don't have. The MeluXina-AI startup call fits it better; we would be glad to host the inference afterwards.");

            // Other providers' queues are not empty either.
            await CastAsync(others.FirstOrDefault(o => o.AccessMode == AccessMode.FastLane), ProfileKind.Startup, ShelfMonitoring, 200, ThisMonth.AddMonths(1), 2, At(Today, -2, 11),
                "retail", "edge-ai", "computer-vision");
            var weldOffer = others.LastOrDefault(o => o.AccessMode == AccessMode.Paid);
            var welds = await CastAsync(weldOffer, ProfileKind.Company, WeldInspection, Share(weldOffer, 0.25), ThisMonth, 3, At(Today, -30), "manufacturing", "anomaly-detection");
            Approve(welds, At(Today, -27), 0.62, inPart: Share(weldOffer, 0.15), note: "Approved in part: the rest of each month is kept for maintenance windows.");

            // Needs nobody has applied for yet, and one given up.
            await NeedOfAsync(ProfileKind.Startup, FraudRetraining, 2_400, ThisMonth.AddMonths(1), 12, 6_500m, NeedStatus.Open, At(Today, -11), "fintech", "anomaly-detection");
            await NeedOfAsync(ProfileKind.Company, ContractSearch, 3_600, ThisMonth, 6, 11_000m, NeedStatus.Open, At(Today, -24), "legal", "document-ai", "nlp");
            await NeedOfAsync(ProfileKind.Startup, HackathonPrototype, 300, ThisMonth.AddMonths(-2), 1, null, NeedStatus.Closed, At(Today, -70), "generative-ai", "media");

            await db.SaveChangesAsync(ct);
        }

        /// <summary>Places a call's cut-offs the given days around the seed day (those inside its window); null when it is no call.</summary>
        private async Task<Round?> MoveCutOffsAsync(ComputeOffer? call, int older, int past, int next, int later)
        {
            if (call is null)
            {
                return null;
            }

            call.CutOffs = [.. new[] { older, past, next, later }.Select(d => Today.AddDays(d)).Where(d => d <= call.AvailableUntil)];
            await db.SaveChangesAsync(ct);
            return call.CutOffs.Count == 4 ? new Round(call.CutOffs[0], call.CutOffs[1], call.CutOffs[2]) : null;
        }

        /// <summary>An application (and the need it answers) by the first candidate of the kind the offer admits, preferring one whose tags fit.</summary>
        private async Task<ComputeApplication?> CastAsync(ComputeOffer? offer, ProfileKind kind, Project project, int hoursPerMonth, DateOnly first, int months,
            DateTime submitted, string tag, string? tag2 = null, string? tag3 = null, bool need = true)
        {
            if (offer is null)
            {
                return null;
            }

            var eligible = _candidates.Where(p => p.Kind == kind && !_used.Contains(p.Id) && _memberOf.ContainsKey(p.Id)
                && Fits(offer, new Member(p, _memberOf[p.Id]), project)).ToList();
            if (Fitting(eligible, tag, tag2, tag3) is not { } profile)
            {
                return null;
            }

            _used.Add(profile.Id);
            var budget = offer.PricePerGpuHourEur is { } price ? Math.Round(hoursPerMonth * months * price * 1.1m / 100m) * 100m : (decimal?)null;
            return await ApplyAsync(offer, new Member(profile, _memberOf[profile.Id]), project, hoursPerMonth, first, months, submitted,
                need ? NeedStatus.Open : null, budget);
        }

        /// <summary>
        /// An application as the form would have taken it on the day it was submitted: months inside the offer's window,
        /// hours and job length inside its limits, the call's cut-off. Null when the offer's window has no room for it.
        /// </summary>
        /// <param name="need">The status of the need the application answers, written a few days before; null for none.</param>
        private async Task<ComputeApplication?> ApplyAsync(ComputeOffer? offer, Member applicant, Project project, int hoursPerMonth, DateOnly first, int months,
            DateTime submitted, NeedStatus? need = null, decimal? budget = null)
        {
            if (offer is null || !Fits(offer, applicant, project))
            {
                return null;
            }

            var (windowFirst, windowLast) = offer.Months;
            var submittedDay = DateOnly.FromDateTime(submitted);
            var from = Max(Max(first, windowFirst), ComputeMonths.Of(submittedDay));
            var until = Min(from.AddMonths(months - 1), windowLast);
            var cutOff = offer.AccessMode == AccessMode.AccessCall ? offer.CutOffFor(submittedDay) : null;
            if (until < from || (offer.AccessMode == AccessMode.AccessCall && cutOff is null))
            {
                return null;
            }

            var input = new ComputeApplicationInput
            {
                ProfileId = applicant.Profile.Id,
                Objective = project.Objective,
                DataDescription = project.Data,
                TeamExperience = project.Team,
                HoursPerMonth = Math.Min(hoursPerMonth, Math.Min(offer.MaxHoursPerMonth ?? int.MaxValue, offer.GpuHoursPerMonth)),
                FirstMonth = from,
                LastMonth = until,
                LongestJobHours = Math.Min(project.LongestJobHours, offer.MaxJobHours ?? int.MaxValue),
                Answers = [.. offer.Questions.Select(q => Answer(q, project))],
                RiskFactors = project.Risks,
            };
            var errors = ComputeApplicationInput.Validate(input, offer, ComputeMonths.Of(submittedDay));
            if (errors.Count > 0)
            {
                // The texts are the demo's own: a refusal here is a mistake in this file, not a quirk of the seed day.
                throw new InvalidDataException($"Demo application '{project.Title}' is invalid: {string.Join(" ", errors.SelectMany(e => e.Value))}");
            }

            var answered = need is { } status
                ? await NeedAsync(applicant, project, input.HoursPerMonth * ComputeMonths.Count(from, until), from, until, budget, status, submitted.AddDays(-4))
                : null;
            var application = new ComputeApplication
            {
                OfferId = offer.Id,
                ProfileId = applicant.Profile.Id,
                NeedId = answered?.Id,
                SubmittedByUserId = applicant.UserId,
                Objective = input.Objective,
                DataDescription = input.DataDescription,
                TeamExperience = input.TeamExperience,
                HoursPerMonth = input.HoursPerMonth,
                FirstMonth = from,
                LastMonth = until,
                LongestJobHours = input.LongestJobHours,
                Answers = input.Answers,
                RiskFactors = project.Risks,
                RiskClass = RiskAssessment.Of(project.Risks).Class,
                CutOff = cutOff,
                SubmittedAt = submitted,
                UpdatedAt = submitted,
            };
            db.ComputeApplications.Add(application);
            await db.SaveChangesAsync(ct);
            return application;
        }

        /// <summary>Approves as the provider would: one allocation a month, the hours added to the ledger, usage recorded for the months run.</summary>
        /// <param name="utilisation">Share of the approved hours used in a month the applicant ran; it varies a little month to month.</param>
        /// <param name="inPart">Hours a month when approving less than asked.</param>
        /// <param name="usageUntil">The day usage stops (an allocation ended early); now when null.</param>
        private void Approve(ComputeApplication? application, DateTime decided, double utilisation, int? inPart = null, string? note = null, DateTime? usageUntil = null)
        {
            if (application is null)
            {
                return;
            }

            var hours = Math.Min(inPart ?? application.HoursPerMonth, application.HoursPerMonth);
            Decide(application, ApplicationStatus.Approved, decided, note);
            application.ApprovedHoursPerMonth = hours;
            if (hours == application.HoursPerMonth && application.NeedId is { } needId && _needs[needId] is { Status: NeedStatus.Open } need)
            {
                need.Status = NeedStatus.Met;
                need.UpdatedAt = decided;
            }

            var until = DateOnly.FromDateTime(usageUntil ?? now);
            var lastMonthRun = ComputeMonths.Of(until);
            var i = 0;
            foreach (var month in ComputeMonths.Range(application.FirstMonth, application.LastMonth))
            {
                var row = _ledger[(application.OfferId, month)];
                if (row.AllocatedHours + hours > row.CapacityHours)
                {
                    throw new InvalidDataException($"Demo application {application.Id} overbooks {ComputeMonths.Label(month)} of offer {application.OfferId}.");
                }

                row.AllocatedHours += hours;
                var rate = Math.Clamp(utilisation + ((i++ % 3 - 1) * 0.07), 0, 1);
                var run = month < lastMonthRun ? 1.0
                    : month == lastMonthRun ? (until.Day - 1) / (double)DateTime.DaysInMonth(until.Year, until.Month)
                    : 0.0;
                db.ComputeAllocations.Add(new ComputeAllocation
                {
                    ApplicationId = application.Id, OfferId = application.OfferId, Month = month, ApprovedHours = hours, UsedHours = (int)(hours * rate * run),
                });
            }
        }

        /// <summary>
        /// Withdraws as the applicant would: a waiting application leaves the queue; an approved one gives this month's
        /// unused hours and every later month's back to the pool.
        /// </summary>
        private void Withdraw(ComputeApplication? application, DateTime at)
        {
            if (application is null)
            {
                return;
            }

            if (application.Status == ApplicationStatus.Approved)
            {
                var from = ComputeMonths.Of(DateOnly.FromDateTime(at));
                foreach (var allocation in db.ChangeTracker.Entries<ComputeAllocation>().Select(e => e.Entity)
                    .Where(a => a.ApplicationId == application.Id && a.Month >= from))
                {
                    var back = allocation.ApprovedHours - allocation.UsedHours;
                    _ledger[(allocation.OfferId, allocation.Month)].AllocatedHours -= back;
                    allocation.ApprovedHours -= back;
                    allocation.ReleasedHours += back;
                }
            }

            application.Status = ApplicationStatus.Withdrawn;
            application.WithdrawnAt = at;
            application.UpdatedAt = at;
        }

        private void Reject(ComputeApplication? application, DateTime decided, string reason)
        {
            if (application is not null)
            {
                Decide(application, ApplicationStatus.Rejected, decided, reason);
            }
        }

        private void AskForChanges(ComputeApplication? application, DateTime decided, string changes)
        {
            if (application is not null)
            {
                Decide(application, ApplicationStatus.ChangesRequested, decided, changes);
            }
        }

        private void Decide(ComputeApplication application, ApplicationStatus status, DateTime decided, string? note)
        {
            application.Status = status;
            application.DecisionNote = note;
            application.DecidedByUserId = ProviderMember(application.OfferId);
            application.DecidedAt = decided;
            application.UpdatedAt = decided;
        }

        private void Review(ComputeApplication? application, int score, string comment, DateTime at)
        {
            if (application is not null)
            {
                db.ComputeReviews.Add(new ComputeReview { ApplicationId = application.Id, ReviewerUserId = ProviderMember(application.OfferId), Score = score, Comment = comment, At = at });
            }
        }

        private async Task<ComputeNeed> NeedAsync(Member owner, Project project, int gpuHours, DateOnly first, DateOnly last, decimal? budget, NeedStatus status, DateTime created)
        {
            var need = new ComputeNeed
            {
                ProfileId = owner.Profile.Id,
                Title = project.Title,
                GpuHours = gpuHours,
                MinMemoryGb = project.MemoryGb,
                FirstMonth = first,
                LastMonth = last,
                Workload = project.Workload,
                Sensitivity = project.Sensitivity,
                Residency = project.Sensitivity switch
                {
                    DataSensitivity.Public => ResidencyRequirement.Anywhere,
                    DataSensitivity.Special => ResidencyRequirement.Luxembourg,
                    _ => ResidencyRequirement.EuropeanUnion,
                },
                BudgetEur = budget,
                SoftwareStack = project.Stack,
                Status = status,
                CreatedAt = created,
                // A need is closed about a month after it was written: met by an approval, or given up.
                UpdatedAt = status == NeedStatus.Open ? created : Min(created.AddDays(30), now),
            };
            db.ComputeNeeds.Add(need);
            await db.SaveChangesAsync(ct);
            _needs[need.Id] = need;
            return need;
        }

        /// <summary>A need of the first candidate of the kind that has none of the demo's applications, preferring one whose tags fit.</summary>
        private async Task NeedOfAsync(ProfileKind kind, Project project, int gpuHours, DateOnly first, int months, decimal? budget, NeedStatus status, DateTime created,
            string tag, string? tag2 = null, string? tag3 = null)
        {
            var free = _candidates.Where(p => p.Kind == kind && !_used.Contains(p.Id) && _memberOf.ContainsKey(p.Id)).ToList();
            if (Fitting(free, tag, tag2, tag3) is { } profile)
            {
                _used.Add(profile.Id);
                await NeedAsync(new Member(profile, _memberOf[profile.Id]), project, gpuHours, first, first.AddMonths(months - 1), budget, status, created);
            }
        }

        /// <summary>The first profile carrying the first tag, else the second, else the third, else the first of all.</summary>
        private static Profile? Fitting(List<Profile> profiles, string tag, string? tag2, string? tag3) =>
            new[] { tag, tag2, tag3 }.OfType<string>().Select(t => profiles.FirstOrDefault(p => p.Tags.Any(x => x.Slug == t))).FirstOrDefault(p => p is not null)
            ?? profiles.FirstOrDefault();

        /// <summary>Whether the applicant may apply to the offer with this project (kind, SME, EU, risk class, offer open).</summary>
        private static bool Fits(ComputeOffer offer, Member applicant, Project project) =>
            Eligibility.Check(offer, Applicant.Of(applicant.Profile), RiskAssessment.Of(project.Risks).Class).Eligible;

        /// <summary>A share of the offer's monthly hours, in round fifties, within what one application may ask.</summary>
        private static int Share(ComputeOffer? offer, double share) =>
            offer is null ? 0 : Math.Min(offer.MaxHoursPerMonth ?? int.MaxValue, Math.Max(50, (int)(offer.GpuHoursPerMonth * share / 50) * 50));

        private string ProviderMember(int offerId) => _memberOf[_offers.First(o => o.Id == offerId).ProviderId];

        /// <summary>A moment some days from the day (hour in UTC), never after now.</summary>
        private DateTime At(DateOnly day, int days, int hour = 10) =>
            Min(new DateTime(day.AddDays(days), new TimeOnly(hour, 0), DateTimeKind.Utc), now);

        private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

        private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

        private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
    }

    private static string Answer(string question, Project project) => question switch
    {
        DemoWorldGenerator.OpenOutputsQuestion => Or(project.Outputs, "Our evaluation scripts and a technical report; the trained model stays with the company."),
        DemoWorldGenerator.BenefitQuestion => Or(project.Benefit, "The team and the resulting product are based in Luxembourg."),
        DemoWorldGenerator.SupportQuestion => $"Help packaging our environment ({project.Stack}) as a container for the scheduler, and advice on checkpointing long runs.",
        DemoWorldGenerator.ScalingQuestion or DemoWorldGenerator.FirstStepsQuestion =>
            Or(project.Evidence, "A short run at small scale to measure throughput and cost per epoch before the full run."),
        DemoWorldGenerator.DataPlanQuestion => $"{project.Data} {Protection(project.Sensitivity)}",
        DemoWorldGenerator.SoftwareQuestion => $"{project.Stack}, in our own container image built from the vendor's official base image.",
        DemoWorldGenerator.NetworkQuestion => "No: we upload the data over SFTP and fetch checkpoints the same way.",
        _ => project.Objective,
    };

    private static string Or(string text, string otherwise) => text.Length > 0 ? text : otherwise;

    private static string Protection(DataSensitivity sensitivity) => sensitivity switch
    {
        DataSensitivity.Public => "There is no personal data beyond what is already published.",
        DataSensitivity.Confidential => "It is confidential business data, encrypted at rest and deleted from the cluster when the allocation ends; there is no personal data.",
        DataSensitivity.Personal => "Personal data is pseudonymised before upload under a data protection impact assessment, and never leaves the EU.",
        _ => "It is special-category data: it stays in Luxembourg, is pseudonymised at the source, and only two named team members can read it.",
    };

    // The projects below are invented; no real organisation's plans are described.
    private static readonly Project RegulatoryGraph = new("Train a graph model of EU and Luxembourg regulatory cross-references",
        Workload.Training, DataSensitivity.Public, 40, 24, RiskFactors.None,
        "Train a graph neural network over the two million cross-references between EU directives, Luxembourg laws and CSSF circulars, so a compliance officer sees which internal policies a new rule touches.",
        "EUR-Lex and Legilux texts, which are public and free to reuse, and the citation graph we extract from them.",
        "Three engineers who train graph models with PyTorch Geometric every week; our CTO ran GNN training on a university cluster during her PhD.",
        "PyTorch Geometric, DGL, Apache Arrow, Slurm job arrays")
    {
        Outputs = "The extracted citation graph of EU and Luxembourg law as open data (CC BY 4.0), and the extraction code (MIT).",
        Benefit = "Luxembourg's financial sector spends heavily on regulatory watch; an open map of how rules connect helps firms and supervisors alike.",
    };

    private static readonly Project LegalModel = new("Fine-tune a 7B legal-language model on Luxembourgish case law",
        Workload.FineTuning, DataSensitivity.Personal, 80, 36, RiskFactors.InteractsWithPeople | RiskFactors.GeneratesContent,
        "Fine-tune an open 7B language model on Luxembourg case law and legislation in French, German and Luxembourgish, so our tracker can summarise new judgments and answer lawyers' questions with citations.",
        "About 180,000 published judgments and the consolidated codes, plus 4,000 summaries written by our partner law firms. Published judgments are pseudonymised; we strip any remaining names before training.",
        "Two ML engineers who have fine-tuned Mistral and Llama models with LoRA on 8-GPU nodes, and a legal-informatics PhD who curates the evaluation set.",
        "PyTorch 2, Hugging Face Transformers and PEFT, DeepSpeed ZeRO-3, vLLM for evaluation")
    {
        Outputs = "A benchmark of 1,200 annotated questions on Luxembourg law (CC BY 4.0) and our cleaning scripts (Apache 2.0); the weights stay closed for now.",
        Benefit = "Luxembourg's law is written in three languages and few tools read all three; law firms, fiduciaries and ministries would follow new rules in hours instead of weeks.",
    };

    private static readonly Project RegulatoryAlerts = new("Serve regulatory-change alerts with a 7B model",
        Workload.Inference, DataSensitivity.Confidential, 24, 168, RiskFactors.GeneratesContent,
        "Run our fine-tuned model behind the alert service for the twenty pilot customers of our regulatory tracker.",
        "Our customers' lists of internal policies, which are confidential, and the public texts of new rules.",
        "Two engineers who run our current inference service on rented GPUs with vLLM.",
        "vLLM, FastAPI, Kubernetes");

    private static readonly Project RobotPolicies = new("Scaling study of JAX robot-manipulation policies on A100 nodes",
        Workload.Training, DataSensitivity.Public, 40, 24, RiskFactors.None,
        "Measure how robot-manipulation policies trained in simulation improve with model size and data, from 50 million to 1 billion parameters, to guide the lab's next data collection.",
        "Simulated grasping episodes we generate ourselves and the public Open X-Embodiment data set.",
        "Two postdocs and three PhD students; the lab has run JAX training on up to 64 GPUs on regional HPC clusters.",
        "JAX, Flax, Optax, MuJoCo, Apptainer")
    {
        Outputs = "All training code (Apache 2.0), the checkpoints of every model size and a paper with the scaling curves.",
        Evidence = "Our data-parallel JAX code reached 91 % efficiency from 8 to 64 A100 GPUs in a test last spring; the logs are in our repository.",
    };

    private static readonly Project ParkingSigns = new("Train a vision-language model that reads parking signs for autonomous shuttles",
        Workload.Training, DataSensitivity.Personal, 80, 48, RiskFactors.SafetyComponent,
        "Train a vision-language model that reads parking signs, road markings and temporary notices in French, German and Luxembourgish, and tells an autonomous shuttle where it may stop.",
        "120 hours of street-level video we recorded in three cities of the Greater Region, and the public Mapillary Vistas data set.",
        "A robotics team of five that builds perception for a university shuttle pilot and has published on multilingual scene text.",
        "JAX, Flax, Optax, Orbax checkpoints, Apptainer")
    {
        Outputs = "The annotated sign data set with faces and plates blurred (CC BY-NC 4.0), the model weights and the training code (Apache 2.0).",
        Evidence = "The same code trained a smaller model on 16 A100 GPUs in four days.",
    };

    private static readonly Project CargoForecast = new("Forecast cargo volumes per flight to plan warehouse shifts",
        Workload.Training, DataSensitivity.Confidential, 24, 12, RiskFactors.None,
        "Retrain every night a model that forecasts cargo volumes per flight for the next ten days, so the warehouse can plan shifts and dock slots.",
        "Five years of our own booking and handling records, with no personal data.",
        "Our data team of four runs the current gradient-boosting forecasts and has trained temporal fusion transformers in the cloud.",
        "PyTorch Forecasting, Darts, MLflow");

    private static readonly Project ParcelPicking = new("Train a reinforcement-learning policy for robotic parcel picking in simulation",
        Workload.Training, DataSensitivity.Confidential, 40, 24, RiskFactors.SafetyComponent,
        "Train a picking policy for our warehouse robot arms in simulation, then fine-tune it on recorded grasps, so the arms handle the irregular parcels people pick by hand today.",
        "Simulated scenes built from our 3D scans of 40,000 parcel types, and 6,000 recorded grasps from our main hub; no people appear in the data.",
        "A robotics group of six, two with PhDs in reinforcement learning, who train on a 16-GPU cluster of our own today.",
        "PyTorch, Isaac Lab, Ray RLlib, Docker");

    private static readonly Project ChestXray = new("Train a chest X-ray triage model for radiology departments",
        Workload.Training, DataSensitivity.Special, 80, 48, RiskFactors.SafetyComponent,
        "Train a model that flags urgent findings on chest X-rays so radiologists read them first, as a medical device we will take through CE marking.",
        "210,000 pseudonymised chest X-rays from two partner hospitals under a research agreement, plus the public CheXpert set.",
        "Four ML engineers and a radiologist; two of us built imaging models at a hospital research unit.",
        "PyTorch, MONAI, timm, Weights & Biases")
    {
        Outputs = "Our evaluation code and a model card; the weights stay closed because they are part of the medical device.",
        Benefit = "Hospitals here are short of radiologists; reading urgent X-rays first helps patients in Luxembourg before anyone else.",
    };

    private static readonly Project LuxembourgishSpeech = new("Train Luxembourgish speech recognition for public-service phone lines",
        Workload.Training, DataSensitivity.Personal, 80, 48, RiskFactors.GeneratesContent,
        "Train a speech recogniser that transcribes Luxembourgish mixed with French and German, for public services that answer citizens by phone.",
        "900 hours of recordings made with the speakers' consent, and the public Common Voice Luxembourgish set.",
        "A speech team of five who sell a Luxembourgish transcription service to two municipalities today.",
        "PyTorch, NVIDIA NeMo, Whisper fine-tuning scripts")
    {
        Outputs = "A Luxembourgish speech model under an open licence, and the test set we recorded.",
        Benefit = "Luxembourgish has few speech tools; an open model helps public services, broadcasters and people who rely on subtitles.",
    };

    private static readonly Project SentinelFoundation = new("Pre-train a foundation model on Sentinel-2 imagery for crop and flood mapping",
        Workload.Training, DataSensitivity.Public, 80, 48, RiskFactors.GeneralPurposeModel,
        "Pre-train a vision foundation model on five years of Sentinel-2 imagery over Europe, then fine-tune it for crop-type and flood maps that farmers and insurers can use.",
        "Copernicus Sentinel-2 imagery, which is free and open, and labelled field parcels published by EU member states.",
        "Six engineers from space and remote sensing; we have trained segmentation models on 32 GPUs before.",
        "PyTorch, TorchGeo, Lightning, Zarr")
    {
        Outputs = "The pre-trained weights under Apache 2.0 and the full training recipe.",
        Benefit = "Luxembourg's space and agriculture sectors get an open model to build on, and the team and product stay here.",
    };

    private static readonly Project LineInspection = new("Train a visual quality-inspection model for our production line",
        Workload.Training, DataSensitivity.Confidential, 24, 12, RiskFactors.None,
        "Train a model that finds surface defects in images from our line cameras, to replace manual sampling at the end of the line.",
        "400,000 line-camera images from our plant, 12,000 of them labelled by our quality team; no personal data.",
        "Two process engineers and an external data scientist; we have trained small models on a workstation but never used a cluster.",
        "PyTorch, Ultralytics YOLO, OpenCV")
    {
        Outputs = "A public write-up of the method and an anonymised sample of 2,000 labelled images.",
        Benefit = "It keeps a production line in the region competitive, and we would share the method with other plants of the Greater Region.",
    };

    private static readonly Project ShopAssistant = new("Fine-tune and serve a customer-service assistant for online shops",
        Workload.FineTuning, DataSensitivity.Personal, 48, 24, RiskFactors.InteractsWithPeople | RiskFactors.GeneratesContent,
        "Fine-tune an open 8B model on our customers' past support tickets and serve it as the first line of their online-shop support.",
        "1.2 million support tickets from twelve retail customers, with names and addresses removed.",
        "Five engineers who run the assistant in production for twelve shops today.",
        "Hugging Face TRL, vLLM, Kubernetes")
    {
        Outputs = "None planned: the assistant is our product.",
        Benefit = "Our customers are retailers in Luxembourg and Belgium.",
    };

    private static readonly Project TaxReplies = new("Fine-tune a model that drafts replies to citizens' tax questions",
        Workload.FineTuning, DataSensitivity.Personal, 80, 36, RiskFactors.InteractsWithPeople | RiskFactors.GeneratesContent,
        "Fine-tune an open model that drafts answers to citizens' questions about income tax in French and German, for civil servants to check and send.",
        "60,000 question-and-answer pairs from a tax office's mailbox, shared under a pilot agreement and anonymised by the office.",
        "Four engineers who built a document assistant for two municipalities, and a former tax adviser.",
        "PyTorch, Transformers, PEFT, Argilla for review")
    {
        Outputs = "The evaluation set and a guide for public bodies that fine-tune models on their own correspondence.",
        Benefit = "Citizens wait less for answers on tax, and civil servants keep the last word.",
    };

    private static readonly Project PaymentGraphs = new("Train a fraud-detection model on synthetic payment graphs",
        Workload.Training, DataSensitivity.Confidential, 40, 24, RiskFactors.None,
        "Train graph neural networks that spot money-mule accounts in payment networks, first on synthetic graphs and then inside partner banks.",
        "Synthetic payment graphs we generate from statistics two partner banks gave us; no real transaction leaves the banks.",
        "A team of seven with backgrounds in payments and graph learning; we have trained on 16 GPUs in the cloud.",
        "PyTorch Geometric, cuGraph, Ray")
    {
        Outputs = "The synthetic graph generator (Apache 2.0), so others can test fraud models without real data.",
        Benefit = "Payment institutions in Luxembourg face the same mule networks; an open generator lets them test detection together.",
    };

    private static readonly Project ShelfImages = new("Generate synthetic shelf images to train product recognition",
        Workload.Training, DataSensitivity.Confidential, 48, 24, RiskFactors.GeneratesContent,
        "Train a diffusion model that generates realistic supermarket shelves, to train our product-recognition models on new ranges before they reach the stores.",
        "300,000 shelf photos from our retail partners, with people cropped out.",
        "Three engineers who fine-tuned diffusion models for a previous product.",
        "PyTorch, diffusers, Accelerate")
    {
        Outputs = "A technical report on synthetic data for retail vision.",
        Benefit = "Our customers are regional supermarket chains, most of them in Luxembourg.",
    };

    private static readonly Project WindForecast = new("Test distributed training of a wind-power forecasting model",
        Workload.Training, DataSensitivity.Public, 40, 12, RiskFactors.None,
        "Check that our wind-power forecasting model trains on several GPUs before we apply to the access call for the full European run.",
        "Public ERA5 weather reanalysis and open production data from European transmission operators.",
        "Three engineers with forecasting backgrounds who train on single GPUs today.",
        "PyTorch Lightning, xarray, Dask")
    {
        Evidence = "Whether loading ERA5 data keeps 8 GPUs busy, and the cost of an epoch; if it does, we apply to the access call for the full run.",
    };

    private static readonly Project InsuranceBenchmark = new("Benchmark open language models on insurance policy documents",
        Workload.Inference, DataSensitivity.Confidential, 80, 8, RiskFactors.None,
        "Compare five open language models on extracting cover, exclusions and limits from insurance policies in French and German.",
        "2,000 policy documents from two insurers under NDA, with no personal data.",
        "Two NLP engineers who built our current extraction pipeline.",
        "vLLM, lm-evaluation-harness, Python")
    {
        Evidence = "Throughput and accuracy of five models up to 70B parameters on our test set; the best goes into our product, served on paid capacity.",
    };

    private static readonly Project CustomsDocuments = new("Try a document-AI pipeline for customs declarations",
        Workload.Inference, DataSensitivity.Confidential, 24, 6, RiskFactors.None,
        "Test a document-AI pipeline that reads invoices and airway bills and fills in customs declarations.",
        "5,000 scanned shipping documents from our own archive, with private senders' names masked.",
        "Our IT team of three, who run OCR on CPUs today.",
        "PaddleOCR, LayoutLMv3, ONNX Runtime")
    {
        Evidence = "Whether GPU inference reads a document in under a second; if so, we rent paid capacity for production.",
    };

    private static readonly Project FloodDownscaling = new("Downscale climate projections for flood risk in the Greater Region",
        Workload.Training, DataSensitivity.Public, 80, 48, RiskFactors.None,
        "Train a generative downscaling model that turns coarse climate projections into 1 km rainfall fields, to map flood risk in the Greater Region up to 2070.",
        "EURO-CORDEX climate projections and national radar rainfall archives, all openly licensed.",
        "A climate-modelling group of eight; our previous model ran on 64 GPUs at a national HPC centre.",
        "PyTorch, xarray, Dask, NetCDF")
    {
        Outputs = "The downscaled rainfall fields as open data and the model code (MIT).",
    };

    private static readonly Project ProteinLigand = new("Train protein-ligand binding models for open drug discovery",
        Workload.Training, DataSensitivity.Public, 80, 48, RiskFactors.None,
        "Train equivariant neural networks that predict protein-ligand binding, and publish a benchmark for rare-disease targets.",
        "Public structures from the Protein Data Bank and binding data from ChEMBL and BindingDB.",
        "A computational-biology group of six with experience training on 32 GPUs.",
        "PyTorch, e3nn, RDKit, OpenMM")
    {
        Outputs = "Model weights, the benchmark and all code under open licences.",
    };

    private static readonly Project LuxembourgishModel = new("Pre-train an open Luxembourgish language model",
        Workload.Training, DataSensitivity.Public, 80, 48, RiskFactors.GeneralPurposeModel | RiskFactors.GeneratesContent,
        "Pre-train a 3B language model with a strong share of Luxembourgish text, as an open base for public research and services.",
        "Luxembourgish web text, parliamentary records and news archives used under licence, plus open French, German and English corpora.",
        "An NLP group of nine that maintains Luxembourgish language resources and has trained models on up to 128 GPUs.",
        "Megatron-LM, PyTorch, NeMo Curator")
    {
        Outputs = "The model weights, the cleaned Luxembourgish corpus where licences allow, and the training code.",
    };

    private static readonly Project GridFaults = new("Train a graph model that predicts faults in power distribution grids",
        Workload.Training, DataSensitivity.Confidential, 40, 48, RiskFactors.CriticalInfrastructure,
        "Train a graph neural network that predicts faults in medium-voltage grids from sensor data, to help grid operators plan maintenance.",
        "Three years of anonymised sensor data from a distribution operator, under a research agreement.",
        "A PhD student and a postdoc in energy systems; the code has run on one GPU so far.",
        "PyTorch Geometric, pandas")
    {
        Outputs = "The model code and a synthetic grid data set.",
        Evidence = "Not at scale yet: the model trains on one GPU in six hours on a tenth of the data.",
    };

    private static readonly Project SatelliteTelemetry = new("Detect anomalies in satellite telemetry with transformers",
        Workload.Training, DataSensitivity.Confidential, 24, 24, RiskFactors.None,
        "Compare transformer models with our LSTM baseline at detecting anomalies in satellite housekeeping telemetry.",
        "Ten years of telemetry from two retired satellites, shared by their operator under a research agreement.",
        "A space-systems research group of four with experience in time-series models.",
        "PyTorch, Lightning, Optuna")
    {
        Outputs = "Our code, and a benchmark split of the telemetry that the operator agreed to publish.",
        Evidence = "The LSTM baseline trains on 4 GPUs in two hours; the hyper-parameter searches run many such jobs side by side.",
    };

    private static readonly Project ProspectusReader = new("Train a document-understanding model for fund prospectuses",
        Workload.Training, DataSensitivity.Confidential, 40, 24, RiskFactors.None,
        "Train a layout-aware model that extracts fees, risk indicators and investment limits from fund prospectuses for our compliance product.",
        "30,000 public fund prospectuses and 3,000 that our analysts annotated.",
        "Five engineers who built document-AI products at an audit firm.",
        "PyTorch, LayoutLMv3, Hugging Face Transformers");

    private static readonly Project CoilInspection = new("Detect surface defects on rolled metal in real time",
        Workload.Training, DataSensitivity.Confidential, 40, 24, RiskFactors.None,
        "Train defect-detection models on line-camera images of rolled metal, and retrain them each month as inspectors correct them.",
        "1.5 million line-camera images from two of our sites, 80,000 of them labelled; no personal data.",
        "An in-house vision team of five that already runs models on the line with ONNX.",
        "PyTorch, ONNX Runtime, MLflow");

    private static readonly Project CallCentreSpeech = new("Transcribe and summarise insurance call-centre calls",
        Workload.Inference, DataSensitivity.Personal, 48, 168, RiskFactors.GeneratesContent,
        "Transcribe and summarise customer calls for insurance call centres, so agents no longer type notes after each call.",
        "Live calls of our customers' call centres, processed under their data-processing agreements and deleted after 30 days.",
        "A team of eight who run the service for three insurers today.",
        "faster-whisper, vLLM, Kubernetes");

    private static readonly Project RetailDemand = new("Train demand-forecasting models for regional retailers",
        Workload.Training, DataSensitivity.Confidential, 24, 24, RiskFactors.None,
        "Train store-by-product demand forecasts for regional retailers every week, to cut fresh-food waste.",
        "Three years of till data from 140 stores (no customer data), weather and public holidays.",
        "Four data scientists who trained the current models on rented GPUs.",
        "PyTorch Forecasting, LightGBM, Airflow");

    private static readonly Project FederatedImaging = new("Benchmark federated learning for hospital imaging",
        Workload.Training, DataSensitivity.Public, 40, 48, RiskFactors.None,
        "Benchmark federated-learning algorithms for medical image segmentation, simulating up to 20 hospitals on public data.",
        "Public medical imaging sets (BraTS and KiTS) split to simulate hospitals; no patient data of our own.",
        "A research group of five working on privacy-preserving machine learning.",
        "Flower, PyTorch, MONAI");

    private static readonly Project RouteOptimisation = new("Learn delivery-route heuristics with reinforcement learning",
        Workload.Training, DataSensitivity.Confidential, 24, 24, RiskFactors.None,
        "Train a reinforcement-learning model that proposes delivery routes for our vans, and compare it with our current solver.",
        "Two years of anonymised delivery records from our depots.",
        "Two operations-research engineers and a data scientist.",
        "PyTorch, RL4CO, OR-Tools");

    private static readonly Project ClaimsAssistant = new("Fine-tune a claims assistant for insurance customers",
        Workload.FineTuning, DataSensitivity.Personal, 80, 48, RiskFactors.InteractsWithPeople | RiskFactors.GeneratesContent,
        "Fine-tune an open model that helps policyholders file a claim through chat and explains what their policy covers.",
        "20,000 anonymised claim conversations from a partner insurer, and the insurer's policy wordings.",
        "Four engineers who fine-tuned Mistral models for a previous chatbot product.",
        "PyTorch on ROCm, Hugging Face TRL");

    private static readonly Project ClaimPhotos = new("Estimate vehicle damage from claim photos",
        Workload.Training, DataSensitivity.Personal, 48, 24, RiskFactors.None,
        "Train a model that estimates repair costs from photos of damaged cars, so adjusters settle simple claims faster.",
        "180,000 claim photos with repair invoices from our own files; some photos show number plates.",
        "Our data-science team of six, who run the current rules-based triage.",
        "PyTorch on ROCm, timm");

    private static readonly Project AgentPretraining = new("Pre-train a small language model for code and tool use",
        Workload.Training, DataSensitivity.Public, 80, 168, RiskFactors.GeneralPurposeModel | RiskFactors.GeneratesContent,
        "Pre-train a 1.5B language model for code and tool use, as the base of our agent product and an open release.",
        "Permissively licensed code from public repositories and open instruction data sets.",
        "Three founders who trained models at a large lab; the plan needs multi-node jobs of 64 GPUs.",
        "Megatron-LM, PyTorch, NCCL");

    private static readonly Project ShelfMonitoring = new("Try shelf-gap detection on data-centre GPUs",
        Workload.Inference, DataSensitivity.Confidential, 24, 6, RiskFactors.None,
        "Test whether our shelf-gap detector runs fast enough on one data-centre GPU to serve ten stores from one server.",
        "Shelf photos from two pilot stores, with people blurred by the camera.",
        "Two engineers who trained the model on a workstation.",
        "PyTorch, TensorRT, ONNX")
    {
        Evidence = "The detector's throughput with TensorRT on one GPU; if it serves ten stores, we rent paid capacity for the pilot.",
    };

    private static readonly Project WeldInspection = new("Inspect welds in X-ray images from three plants",
        Workload.Inference, DataSensitivity.Confidential, 24, 24, RiskFactors.None,
        "Run our weld-inspection model on the X-ray images of three plants, and retrain it each month on the parts inspectors corrected.",
        "About 50,000 X-ray images a month from our plants; no personal data.",
        "An inspection-engineering team of four with the data scientist who built the model.",
        "PyTorch, ONNX Runtime, MLflow");

    private static readonly Project FraudRetraining = new("Nightly retraining of a card-fraud scoring model",
        Workload.Training, DataSensitivity.Special, 40, 4, RiskFactors.None,
        "Retrain our card-fraud model every night on the latest labelled transactions of our bank customers.",
        "Card transactions under banking secrecy, pseudonymised at the bank.",
        "Four engineers who run the model in production on CPUs today.",
        "XGBoost, PyTorch, Kubeflow");

    private static readonly Project ContractSearch = new("Serve a 70B model for search across our contracts",
        Workload.Inference, DataSensitivity.Confidential, 80, 720, RiskFactors.GeneratesContent,
        "Serve an open 70B model that answers staff questions across 200,000 supplier and customer contracts, with citations.",
        "Our contract archive, which is confidential and holds no personal data beyond signatories' names.",
        "An internal AI team of three who run a smaller pilot on one GPU.",
        "vLLM, LlamaIndex, PostgreSQL with pgvector");

    private static readonly Project HackathonPrototype = new("GPU time for a generative-media hackathon prototype",
        Workload.FineTuning, DataSensitivity.Public, 24, 8, RiskFactors.GeneratesContent,
        "Fine-tune an image model for a weekend hackathon prototype of illustrated news summaries.",
        "Openly licensed images and our own drawings.",
        "Three founders who prototype with hosted notebooks.",
        "diffusers, Gradio");
}
