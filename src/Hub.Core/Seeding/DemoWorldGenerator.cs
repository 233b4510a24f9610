using Hub.Core.Compute;
using Hub.Core.Profiles;
using Hub.Core.Taxonomy;

namespace Hub.Core.Seeding;

/// <summary>
/// Generates the fictional demo ecosystem deterministically: the same seed and size always give the same world, so the
/// committed <c>seed/</c> files can be regenerated and benchmarks can build larger worlds (100,000 profiles) on demand.
/// </summary>
public sealed class DemoWorldGenerator(int seed = 20261124)
{
    private static readonly string[] LuxembourgLabTowns = ["Esch-sur-Alzette", "Belval", "Luxembourg"];
    private static readonly int[] GpusPerNode = [1, 2, 4, 8];
    private static readonly int[] NodesPerJob = [1, 2, 4, 8];
    private static readonly int[] FastLaneLimits = [100, 200, 250];
    private static readonly int?[] BatchWallTimes = [24, 48, 72];
    private static readonly int?[] HostedWallTimes = [72, 168, null];

    public const string DemoPassword = "Demo!2026hub";

    /// <summary>The year the world is generated for; fixed so the committed seed never changes by itself.</summary>
    public const int ReferenceYear = 2026;

    /// <summary>Questions the demo offers ask; the demo applications answer them by these texts.</summary>
    public const string OpenOutputsQuestion = "Which open-source outputs (code, models, data sets) will the project publish?";
    public const string BenefitQuestion = "How will the project benefit Luxembourg's economy, society or research?";
    public const string SupportQuestion = "What support do you need from the AI Factory team (onboarding, model engineering, legal or data questions)?";
    public const string ScalingQuestion = "How have you shown that your code uses GPUs efficiently (a scaling test or a smaller run)?";
    public const string DataPlanQuestion = "How will you manage the data: where it comes from, its licence, and how personal data is protected?";
    public const string FirstStepsQuestion = "What will you test with these hours, and what follows if it works?";
    public const string SoftwareQuestion = "Which software stack or container images will your jobs run?";
    public const string NetworkQuestion = "Do you need a private connection to your own systems (VPN or dedicated link)?";

    private readonly Random _rng = new(seed);

    // Offer terms added after the profiles were committed (access modes, job limits, questions) draw from their own
    // stream, so adding them left every generated profile as it was.
    private readonly Random _terms = new(seed + 1);
    private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Builds a world of <paramref name="profiles"/> profiles with the demo mix of kinds (≥ 300 for the demo).</summary>
    public DemoWorld Generate(int profiles = 320)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(profiles, 50);
        var world = new DemoWorld { Taxonomy = TaxonomyTerms.ToList() };

        var providers = ComputeProviders(world);
        var remaining = profiles - providers;
        // Mix of the demo: 40 % startups, 14 % investors, 20 % researchers, 26 % companies.
        var investors = Math.Max(40, remaining * 14 / 100);
        var researchers = Math.Max(60, remaining * 20 / 100);
        var companies = Math.Max(50, remaining * 26 / 100);
        var startups = remaining - investors - researchers - companies;

        for (var i = 0; i < startups; i++)
        {
            world.Profiles.Add(Startup(i));
        }

        for (var i = 0; i < investors; i++)
        {
            world.Profiles.Add(Investor(i));
        }

        for (var i = 0; i < researchers; i++)
        {
            world.Profiles.Add(Researcher(i));
        }

        for (var i = 0; i < companies; i++)
        {
            world.Profiles.Add(Company(i));
        }

        Accounts(world);
        return world;
    }

    private static readonly SeedTag[] TaxonomyTerms =
    [
        new("fintech", "Fintech", TagFacet.Sector), new("health", "Health", TagFacet.Sector),
        new("space", "Space", TagFacet.Sector), new("logistics", "Logistics", TagFacet.Sector),
        new("cybersecurity", "Cybersecurity", TagFacet.Sector), new("public-sector", "Public sector", TagFacet.Sector),
        new("manufacturing", "Manufacturing", TagFacet.Sector), new("climate", "Climate", TagFacet.Sector),
        new("energy", "Energy", TagFacet.Sector), new("mobility", "Mobility", TagFacet.Sector),
        new("agrifood", "Agrifood", TagFacet.Sector), new("retail", "Retail", TagFacet.Sector),
        new("legal", "Legal", TagFacet.Sector), new("insurance", "Insurance", TagFacet.Sector),
        new("education", "Education", TagFacet.Sector), new("media", "Media", TagFacet.Sector),
        new("construction", "Construction", TagFacet.Sector),
        new("computer-vision", "Computer vision", TagFacet.AiDomain), new("nlp", "Natural language processing", TagFacet.AiDomain),
        new("llm", "Large language models", TagFacet.AiDomain), new("speech", "Speech", TagFacet.AiDomain),
        new("forecasting", "Time-series forecasting", TagFacet.AiDomain), new("recommender-systems", "Recommender systems", TagFacet.AiDomain),
        new("reinforcement-learning", "Reinforcement learning", TagFacet.AiDomain), new("generative-ai", "Generative AI", TagFacet.AiDomain),
        new("optimisation", "Optimisation", TagFacet.AiDomain), new("anomaly-detection", "Anomaly detection", TagFacet.AiDomain),
        new("robotics", "Robotics", TagFacet.AiDomain), new("graph-ml", "Graph machine learning", TagFacet.AiDomain),
        new("edge-ai", "Edge AI", TagFacet.AiDomain), new("document-ai", "Document AI", TagFacet.AiDomain),
        new("earth-observation", "Earth observation", TagFacet.AiDomain),
        new("pytorch", "PyTorch", TagFacet.Technology), new("jax", "JAX", TagFacet.Technology),
        new("kubernetes", "Kubernetes", TagFacet.Technology), new("cuda", "CUDA", TagFacet.Technology),
        new("onnx", "ONNX", TagFacet.Technology), new("transformers", "Transformers", TagFacet.Technology),
        new("federated-learning", "Federated learning", TagFacet.Technology), new("differential-privacy", "Differential privacy", TagFacet.Technology),
        new("mlops", "MLOps", TagFacet.Technology), new("vector-databases", "Vector databases", TagFacet.Technology),
        new("digital-twins", "Digital twins", TagFacet.Technology), new("knowledge-graphs", "Knowledge graphs", TagFacet.Technology),
        new("hpc", "HPC", TagFacet.Technology), new("quantum", "Quantum computing", TagFacet.Technology),
        new("satellite-imagery", "Satellite imagery", TagFacet.Technology), new("iot", "IoT", TagFacet.Technology),
    ];

    private static readonly string[] Sectors = TaxonomyTerms.Where(t => t.Facet == TagFacet.Sector).Select(t => t.Slug).ToArray();
    private static readonly string[] Domains = TaxonomyTerms.Where(t => t.Facet == TagFacet.AiDomain).Select(t => t.Slug).ToArray();
    private static readonly string[] Technologies = TaxonomyTerms.Where(t => t.Facet == TagFacet.Technology).Select(t => t.Slug).ToArray();
    private static readonly Dictionary<string, string> TagNames = TaxonomyTerms.ToDictionary(t => t.Slug, t => t.Name);

    // Luxembourg first, then the Greater Region, then the rest of the EU.
    private static readonly (string Country, string City, int Weight)[] Places =
    [
        ("LU", "Luxembourg", 30), ("LU", "Esch-sur-Alzette", 10), ("LU", "Belval", 6), ("LU", "Differdange", 3),
        ("LU", "Bissen", 2), ("LU", "Mersch", 2), ("LU", "Ettelbruck", 2),
        ("FR", "Metz", 5), ("FR", "Nancy", 4), ("DE", "Trier", 4), ("DE", "Saarbrücken", 5), ("BE", "Arlon", 2),
        ("BE", "Liège", 3), ("DE", "Berlin", 4), ("DE", "Munich", 3), ("FR", "Paris", 5), ("NL", "Amsterdam", 3),
        ("BE", "Brussels", 3), ("ES", "Barcelona", 2), ("IT", "Milan", 2), ("PT", "Lisbon", 2), ("SE", "Stockholm", 2),
        ("FI", "Helsinki", 1), ("AT", "Vienna", 2), ("PL", "Warsaw", 2), ("EE", "Tallinn", 1), ("IE", "Dublin", 2),
        ("DK", "Copenhagen", 1), ("CH", "Zurich", 1),
    ];

    private static readonly Dictionary<string, string[]> SectorObjects = new()
    {
        ["fintech"] = ["payment fraud", "credit scoring", "anti-money-laundering checks", "fund reporting", "KYC onboarding", "treasury forecasting"],
        ["health"] = ["radiology triage", "clinical trial matching", "hospital bed planning", "pathology slides", "remote patient monitoring", "drug discovery"],
        ["space"] = ["satellite collision avoidance", "orbit determination", "on-board image compression", "ground-station scheduling", "space weather alerts"],
        ["logistics"] = ["warehouse picking", "last-mile routing", "cross-border freight", "pallet damage detection", "fleet maintenance"],
        ["cybersecurity"] = ["phishing detection", "SOC alert triage", "insider-threat detection", "malware classification", "network intrusion detection"],
        ["public-sector"] = ["citizen service chatbots", "multilingual public records", "permit processing", "tax document handling", "public procurement"],
        ["manufacturing"] = ["visual quality inspection", "predictive maintenance", "steel production planning", "tyre defect detection", "energy use on the shop floor"],
        ["climate"] = ["carbon accounting", "flood risk maps", "emission monitoring", "biodiversity monitoring", "climate risk disclosure"],
        ["energy"] = ["grid load forecasting", "solar output prediction", "battery dispatch", "heat-pump control", "wind farm maintenance"],
        ["mobility"] = ["public transport demand", "traffic light control", "EV charging planning", "shared bike rebalancing", "parking guidance"],
        ["agrifood"] = ["crop yield prediction", "vineyard disease detection", "food waste reduction", "precision spraying", "dairy herd health"],
        ["retail"] = ["demand forecasting", "shelf monitoring", "personalised offers", "returns prediction", "price optimisation"],
        ["legal"] = ["contract review", "regulatory change tracking", "e-discovery", "case-law search", "compliance checks"],
        ["insurance"] = ["claims automation", "underwriting risk", "damage estimation from photos", "fraud detection in claims"],
        ["education"] = ["adaptive tutoring", "language learning", "exam grading support", "skills mapping"],
        ["media"] = ["news summarisation", "subtitle generation", "content moderation", "archive search"],
        ["construction"] = ["site safety monitoring", "BIM clash detection", "building energy retrofits", "material estimation"],
    };

    private static readonly Dictionary<string, string> DomainVerbs = new()
    {
        ["computer-vision"] = "Computer vision", ["nlp"] = "Language AI", ["llm"] = "LLM assistants",
        ["speech"] = "Speech AI", ["forecasting"] = "Forecasting", ["recommender-systems"] = "Recommendations",
        ["reinforcement-learning"] = "Reinforcement learning", ["generative-ai"] = "Generative AI",
        ["optimisation"] = "Optimisation", ["anomaly-detection"] = "Anomaly detection", ["robotics"] = "Robotics",
        ["graph-ml"] = "Graph analytics", ["edge-ai"] = "Edge AI", ["document-ai"] = "Document AI",
        ["earth-observation"] = "Earth observation",
    };

    private static readonly string[] NameStarts =
    [
        "Lux", "Nova", "Quant", "Vert", "Orbi", "Senti", "Medi", "Cargo", "Terra", "Fin", "Alz", "Mos", "Kirch", "Bel",
        "Aur", "Cyra", "Dat", "Ely", "Fluxi", "Gral", "Heli", "Iri", "Juno", "Kyro", "Lumi", "Mira", "Nexa", "Opti",
        "Pix", "Qubi", "Rheo", "Sola", "Tera", "Umbr", "Vela", "Wisp", "Xeno", "Yara", "Zeni", "Argo", "Brio", "Cobal",
    ];

    private static readonly string[] NameEnds =
    [
        "ly", " AI", " Labs", "ium", "sense", "flow", "mind", "grid", "scope", "path", "logic", "wave", "nest", "forge",
        "pilot", "metrics", " Analytics", "ware", "loop", "stack", "vision", "tics", "bit", "core",
    ];

    private static readonly string[] InvestorFirst =
    [
        "Moselle", "Kirchberg", "Alzette", "Ardennes", "Rhine", "Saar", "Sûre", "Grund", "Clausen", "Benelux", "Hesper",
        "Pétrusse", "Mullerthal", "Eisch", "Our", "Attert", "Gutland", "Oesling", "Lorraine", "Wallonia", "Eifel", "Hunsrück",
    ];

    private static readonly string[] InvestorSecond =
    [
        "Ventures", "Capital", "Angels", "Seed Fund", "Growth Partners", "Tech Fund", "Impact Capital", "Deep Tech Fund",
        "Innovation Fund", "Family Office", "Corporate Ventures", "Digital Fund",
    ];

    private static readonly string[] FictionalInstitutions =
    [
        "Alzette Institute of Technology", "Greater Region University", "Moselle Centre for Applied AI",
        "Trier-Saar Research Institute", "Belval Digital Health Institute", "Institute for Trustworthy Computing Esch",
        "Lorraine School of Engineering", "Benelux Space Research Centre", "Liège Institute of Robotics",
        "Ardennes Climate Lab Foundation",
    ];

    private static readonly string[] Fields =
    [
        "Machine learning", "Computer vision", "Natural language processing", "Robotics", "Operations research",
        "Bioinformatics", "Remote sensing", "Cryptography and security", "Energy systems", "Financial mathematics",
        "Human-computer interaction", "High-performance computing",
    ];

    private static readonly string[] LabKinds = ["Lab", "Group", "Research Unit", "Team", "Chair"];

    private static readonly string[] CompanyWords =
    [
        "Steel", "Logistics", "Bank", "Insurance", "Telecom", "Energy", "Foods", "Pharma", "Air Cargo", "Rail", "Retail",
        "Construction", "Media", "Satellite Services", "Automotive Parts", "Chemicals", "Water", "Post", "Hospitals", "Glass",
    ];

    private static readonly Dictionary<string, string> CompanyIndustry = new()
    {
        ["Steel"] = "Steel and metals", ["Logistics"] = "Transport and logistics", ["Bank"] = "Banking",
        ["Insurance"] = "Insurance", ["Telecom"] = "Telecommunications", ["Energy"] = "Energy and utilities",
        ["Foods"] = "Food and beverage", ["Pharma"] = "Pharmaceuticals", ["Air Cargo"] = "Air freight",
        ["Rail"] = "Rail transport", ["Retail"] = "Retail", ["Construction"] = "Construction", ["Media"] = "Media",
        ["Satellite Services"] = "Space and satellite services", ["Automotive Parts"] = "Automotive",
        ["Chemicals"] = "Chemicals", ["Water"] = "Water management", ["Post"] = "Postal services",
        ["Hospitals"] = "Healthcare providers", ["Glass"] = "Building materials",
    };

    private static readonly Dictionary<string, string> CompanySector = new()
    {
        ["Steel"] = "manufacturing", ["Logistics"] = "logistics", ["Bank"] = "fintech", ["Insurance"] = "insurance",
        ["Telecom"] = "cybersecurity", ["Energy"] = "energy", ["Foods"] = "agrifood", ["Pharma"] = "health",
        ["Air Cargo"] = "logistics", ["Rail"] = "mobility", ["Retail"] = "retail", ["Construction"] = "construction",
        ["Media"] = "media", ["Satellite Services"] = "space", ["Automotive Parts"] = "manufacturing",
        ["Chemicals"] = "manufacturing", ["Water"] = "climate", ["Post"] = "logistics", ["Hospitals"] = "health",
        ["Glass"] = "construction",
    };

    private static readonly string[] CompanyPrefixes =
    [
        "Grand Duchy", "Nordstad", "Minett", "Centre", "Eislek", "Moselle", "Redange", "Capellen", "Wiltz", "Remich",
        "Kirchberg", "Gasperich", "Hesperange", "Bertrange", "Strassen", "Mamer", "Dudelange", "Echternach",
    ];

    private T Pick<T>(IReadOnlyList<T> items) => items[_rng.Next(items.Count)];

    private List<T> PickSome<T>(IReadOnlyList<T> items, int min, int max)
    {
        var count = _rng.Next(min, max + 1);
        return items.OrderBy(_ => _rng.Next()).Take(count).ToList();
    }

    private (string Country, string City) Place()
    {
        var total = Places.Sum(p => p.Weight);
        var roll = _rng.Next(total);
        foreach (var (country, city, weight) in Places)
        {
            if (roll < weight)
            {
                return (country, city);
            }

            roll -= weight;
        }

        return ("LU", "Luxembourg");
    }

    private string UniqueName(Func<string> make)
    {
        for (var attempt = 0; ; attempt++)
        {
            var name = make();
            if (attempt > 5)
            {
                name = $"{name} {_rng.Next(2, 999)}";
            }

            if (_names.Add(name))
            {
                return name;
            }
        }
    }

    private static string Slug(string name) =>
        new string(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-').Replace("--", "-", StringComparison.Ordinal);

    private int Daysago() => _rng.Next(0, 720);

    private SeedProfile Startup(int i)
    {
        var sector = Pick(Sectors);
        var domain = Pick(Domains);
        var objectName = Pick(SectorObjects[sector]);
        var name = UniqueName(() => Pick(NameStarts) + Pick(NameEnds));
        var (country, city) = Place();
        var stage = _rng.NextDouble() switch
        {
            < 0.22 => Stages.PreSeed,
            < 0.55 => Stages.Seed,
            < 0.80 => Stages.SeriesA,
            < 0.93 => Stages.SeriesB,
            _ => Stages.Growth,
        };
        var (raise, team, revenue) = stage switch
        {
            Stages.PreSeed => (Round(_rng.Next(150, 800) * 1_000L), _rng.Next(2, 6), RevenueBand.PreRevenue),
            Stages.Seed => (Round(_rng.Next(600, 3_000) * 1_000L), _rng.Next(4, 15), Pick(new[] { RevenueBand.PreRevenue, RevenueBand.UpTo100k, RevenueBand.UpTo1M })),
            Stages.SeriesA => (Round(_rng.Next(3_000, 15_000) * 1_000L), _rng.Next(12, 45), Pick(new[] { RevenueBand.UpTo1M, RevenueBand.UpTo10M })),
            Stages.SeriesB => (Round(_rng.Next(12_000, 40_000) * 1_000L), _rng.Next(40, 120), RevenueBand.UpTo10M),
            _ => (Round(_rng.Next(30_000, 120_000) * 1_000L), _rng.Next(100, 400), RevenueBand.Over10M),
        };
        var seeks = Intent.Funding;
        if (_rng.NextDouble() < 0.55) seeks |= Intent.PilotCustomer;
        if (_rng.NextDouble() < 0.45) seeks |= Intent.Compute;
        if (_rng.NextDouble() < 0.35) seeks |= Intent.ResearchPartner;
        if (_rng.NextDouble() < 0.30) seeks |= Intent.Talent;
        if (_rng.NextDouble() < 0.20) seeks |= Intent.Data;
        var offers = Intent.IndustryPartner | (_rng.NextDouble() < 0.3 ? Intent.Data : Intent.None);
        var domainLabel = DomainVerbs[domain];
        var tags = new List<string> { sector, domain };
        if (_rng.NextDouble() < 0.35) tags.Add(Pick(Sectors));
        if (_rng.NextDouble() < 0.5) tags.Add(Pick(Domains));
        tags.AddRange(PickSome(Technologies, 1, 3));
        var founded = ReferenceYear - stage switch { Stages.PreSeed => _rng.Next(0, 2), Stages.Seed => _rng.Next(1, 4), Stages.SeriesA => _rng.Next(2, 6), _ => _rng.Next(4, 12) };
        return new SeedProfile
        {
            Key = $"startup-{i + 1:D5}",
            CreatedDaysAgo = Daysago(),
            Profile = new ProfileInput
            {
                Kind = ProfileKind.Startup,
                Name = name,
                Headline = $"{domainLabel} for {objectName}",
                Description =
                    $"{name} builds {domainLabel.ToLowerInvariant()} software for {objectName} in {TagNames[sector].ToLowerInvariant()}. " +
                    $"Founded in {city} in {founded}, the team of {team} works with {string.Join(", ", tags.Skip(2).Where(Technologies.Contains).Select(t => TagNames[t]))}. " +
                    $"We are raising {Labels.Euros(raise)} at {Labels.Of(stage).ToLowerInvariant()} stage" +
                    (seeks.HasFlag(Intent.PilotCustomer) ? " and looking for pilot customers." : ".") +
                    (seeks.HasFlag(Intent.Compute) ? " Training our models needs GPU time." : ""),
                Country = country,
                City = city,
                Website = $"https://{Slug(name)}.example",
                Offers = offers,
                Seeks = seeks,
                TagSlugs = tags.Distinct().ToList(),
                Stage = stage,
                FoundedYear = founded,
                TeamSize = team,
                RaiseTargetEur = raise,
                RevenueBand = revenue,
            },
        };
    }

    private static long Round(long euros) => euros >= 1_000_000 ? euros / 100_000 * 100_000 : euros / 10_000 * 10_000;

    private SeedProfile Investor(int i)
    {
        var type = _rng.NextDouble() switch
        {
            < 0.30 => InvestorType.BusinessAngel,
            < 0.70 => InvestorType.VentureCapital,
            < 0.82 => InvestorType.CorporateVenture,
            < 0.92 => InvestorType.PublicFund,
            _ => InvestorType.FamilyOffice,
        };
        var name = UniqueName(() => type == InvestorType.BusinessAngel
            ? $"{Pick(InvestorFirst)} Angels Network"
            : $"{Pick(InvestorFirst)} {Pick(InvestorSecond.Where(s => !s.Contains("Angels", StringComparison.Ordinal)).ToArray())}");
        var (min, max, stages) = type switch
        {
            InvestorType.BusinessAngel => (Round(_rng.Next(2, 6) * 10_000L), Round(_rng.Next(10, 40) * 10_000L), Stages.PreSeed | Stages.Seed),
            InvestorType.VentureCapital when _rng.NextDouble() < 0.5 => (Round(_rng.Next(25, 75) * 10_000L), Round(_rng.Next(15, 40) * 100_000L), Stages.Seed | Stages.SeriesA),
            InvestorType.VentureCapital => (Round(_rng.Next(20, 50) * 100_000L), Round(_rng.Next(8, 25) * 1_000_000L), Stages.SeriesA | Stages.SeriesB),
            InvestorType.CorporateVenture => (Round(_rng.Next(5, 20) * 100_000L), Round(_rng.Next(3, 10) * 1_000_000L), Stages.Seed | Stages.SeriesA | Stages.SeriesB),
            InvestorType.PublicFund => (Round(_rng.Next(10, 30) * 10_000L), Round(_rng.Next(10, 50) * 100_000L), Stages.PreSeed | Stages.Seed | Stages.SeriesA),
            _ => (Round(_rng.Next(10, 50) * 100_000L), Round(_rng.Next(10, 40) * 1_000_000L), Stages.SeriesB | Stages.Growth),
        };
        var sectors = PickSome(Sectors, 1, 4);
        var domains = PickSome(Domains, 0, 2);
        var geographies = _rng.NextDouble() switch
        {
            < 0.35 => new List<string> { "LU" },
            < 0.65 => ["LU", "Greater Region"],
            < 0.85 => ["Benelux", "DE", "FR"],
            _ => ["EU"],
        };
        var (country, city) = _rng.NextDouble() < 0.7 ? ("LU", "Luxembourg") : Place();
        var thesis = string.Join(", ", sectors.Select(s => TagNames[s].ToLowerInvariant()));
        return new SeedProfile
        {
            Key = $"investor-{i + 1:D5}",
            CreatedDaysAgo = Daysago(),
            Profile = new ProfileInput
            {
                Kind = ProfileKind.Investor,
                Name = name,
                Headline = $"{Labels.Of(type)} backing {Labels.Of(stages)} AI companies in {thesis}",
                Description =
                    $"{name} invests {Labels.Euros(min)}–{Labels.Euros(max)} per ticket in {Labels.Of(stages)} rounds. " +
                    $"Thesis: applied AI in {thesis}, with a focus on {string.Join(" and ", geographies)}. " +
                    "We like founders with a clear path to paying customers and a responsible approach to data.",
                Country = country,
                City = city,
                Website = $"https://{Slug(name)}.example",
                Offers = Intent.Investment,
                Seeks = Intent.Investment,
                TagSlugs = sectors.Concat(domains).ToList(),
                InvestorType = type,
                TicketMinEur = min,
                TicketMaxEur = Math.Max(min, max),
                InvestorStages = stages,
                Geographies = geographies,
            },
        };
    }

    private SeedProfile Researcher(int i)
    {
        var field = Pick(Fields);
        var institution = Pick(FictionalInstitutions);
        var domains = PickSome(Domains, 1, 3);
        var sectors = PickSome(Sectors, 1, 2);
        var name = UniqueName(() => $"{DomainVerbs[domains[0]]} {Pick(LabKinds)}, {institution}");
        var trlMin = _rng.Next(1, 5);
        var trlMax = Math.Min(9, trlMin + _rng.Next(2, 5));
        var collaboration = CollaborationTypes.None;
        foreach (var type in Enum.GetValues<CollaborationTypes>().Where(t => t != CollaborationTypes.None))
        {
            if (_rng.NextDouble() < 0.45) collaboration |= type;
        }

        if (collaboration == CollaborationTypes.None) collaboration = CollaborationTypes.JointProject;
        var (country, city) = institution switch
        {
            var s when s.Contains("Trier", StringComparison.Ordinal) => ("DE", "Trier"),
            var s when s.Contains("Lorraine", StringComparison.Ordinal) => ("FR", "Nancy"),
            var s when s.Contains("Liège", StringComparison.Ordinal) => ("BE", "Liège"),
            var s when s.Contains("Greater Region", StringComparison.Ordinal) => ("DE", "Saarbrücken"),
            _ => ("LU", Pick(LuxembourgLabTowns)),
        };
        var seeks = Intent.IndustryPartner | Intent.Data;
        if (_rng.NextDouble() < 0.5) seeks |= Intent.Compute;
        if (_rng.NextDouble() < 0.4) seeks |= Intent.Funding;
        var application = Pick(SectorObjects[sectors[0]]);
        return new SeedProfile
        {
            Key = $"researcher-{i + 1:D5}",
            CreatedDaysAgo = Daysago(),
            Profile = new ProfileInput
            {
                Kind = ProfileKind.Researcher,
                Name = name,
                Headline = $"{field} research applied to {application}",
                Description =
                    $"The {name.Split(',')[0]} works on {string.Join(", ", domains.Select(d => TagNames[d].ToLowerInvariant()))} " +
                    $"from TRL {trlMin} to {trlMax}. Recent work: {application} with partners in {TagNames[sectors[0]].ToLowerInvariant()}. " +
                    $"We collaborate through {Labels.Of(collaboration).ToLowerInvariant()} and welcome industry data and pilots.",
                Country = country,
                City = city,
                Offers = Intent.ResearchPartner | Intent.Talent,
                Seeks = seeks,
                TagSlugs = domains.Concat(sectors).Concat(PickSome(Technologies, 1, 2)).Distinct().ToList(),
                Institution = institution,
                ResearchField = field,
                TrlMin = trlMin,
                TrlMax = trlMax,
                CollaborationTypes = collaboration,
            },
        };
    }

    private SeedProfile Company(int i)
    {
        var word = Pick(CompanyWords);
        var (country, city) = Place();
        // Outside Luxembourg a company carries its city's name; inside, a regional one.
        var name = UniqueName(() => $"{(country == "LU" ? Pick(CompanyPrefixes) : city)} {word}");
        var sector = CompanySector[word];
        var size = _rng.NextDouble() switch { < 0.2 => CompanySize.Micro, < 0.5 => CompanySize.Small, < 0.75 => CompanySize.Medium, _ => CompanySize.Large };
        var maturity = (AiMaturity)_rng.Next(1, 5);
        var need = Pick(SectorObjects[sector]);
        var domains = PickSome(Domains, 1, 2);
        var seeks = Intent.IndustryPartner;
        if (_rng.NextDouble() < 0.6) seeks |= Intent.ResearchPartner;
        if (_rng.NextDouble() < 0.3) seeks |= Intent.Compute;
        if (_rng.NextDouble() < 0.4) seeks |= Intent.Talent;
        var offers = Intent.PilotCustomer | (_rng.NextDouble() < 0.4 ? Intent.Data : Intent.None) | (size == CompanySize.Large && _rng.NextDouble() < 0.3 ? Intent.Investment : Intent.None);
        return new SeedProfile
        {
            Key = $"company-{i + 1:D5}",
            CreatedDaysAgo = Daysago(),
            Profile = new ProfileInput
            {
                Kind = ProfileKind.Company,
                Name = name,
                Headline = $"{CompanyIndustry[word]} company looking to apply AI to {need}",
                Description =
                    $"{name} is a {Labels.Of(size).ToLowerInvariant()} {CompanyIndustry[word].ToLowerInvariant()} business in {city}. " +
                    $"AI maturity: {Labels.Of(maturity).ToLowerInvariant()}. We want to work with startups and labs on {need} " +
                    $"using {string.Join(" or ", domains.Select(d => TagNames[d].ToLowerInvariant()))}, and can host pilots on our sites.",
                Country = country,
                City = city,
                Website = $"https://{Slug(name)}.example",
                Offers = offers,
                Seeks = seeks,
                TagSlugs = domains.Prepend(sector).Distinct().ToList(),
                Industry = CompanyIndustry[word],
                CompanySize = size,
                AiMaturity = maturity,
            },
        };
    }

    /// <summary>Adds the compute providers and their offers; returns how many providers were added.</summary>
    private int ComputeProviders(DemoWorld world)
    {
        var from = new DateOnly(ReferenceYear, 1, 1);
        var until = from.AddYears(2).AddDays(-1);

        // Public infrastructure, described only with public facts; hours and prices below are illustrative.
        world.Profiles.Add(Provider("provider-luxprovide", "LuxProvide – MeluXina", ProviderType.HpcCentre, "LU", "Bissen",
            "Operator of MeluXina, Luxembourg's national supercomputer",
            "LuxProvide operates MeluXina, the national supercomputer in Bissen, part of the EuroHPC network. Its accelerator module has nodes with four NVIDIA A100 GPUs each. Access for companies, startups and researchers.",
            "https://www.luxprovide.lu", ["hpc", "cuda", "kubernetes"]));
        world.Profiles.Add(Provider("provider-ai-factory", "Luxembourg AI Factory", ProviderType.AiFactory, "LU", "Bissen",
            "The national AI Factory: AI-optimised supercomputing and support for startups, SMEs and research",
            "The Luxembourg AI Factory gives startups, SMEs, researchers and public bodies access to AI-optimised supercomputing (MeluXina-AI), with support to build, train and deploy models. Access is through calls.",
            "https://www.luxprovide.lu", ["hpc", "llm", "generative-ai"]));

        string[] fictional =
        [
            "Kirchberg GPU Cloud|Cloud|LU|Luxembourg|Sovereign GPU cloud in Tier IV data centres",
            "Esch Green Compute|DataCentre|LU|Esch-sur-Alzette|Low-carbon GPU hosting powered by renewable energy",
            "Saar HPC Services|HpcCentre|DE|Saarbrücken|HPC and GPU time for industry in the Greater Region",
            "Benelux AI Cloud|Cloud|BE|Brussels|On-demand GPU clusters for training and inference",
            "Moselle Edge Compute|DataCentre|FR|Metz|Edge GPU nodes close to factories and logistics hubs",
            "Alzette Quantum & GPU Lab|HpcCentre|LU|Belval|Hybrid quantum-classical compute for research and startups",
        ];
        foreach (var line in fictional)
        {
            var parts = line.Split('|');
            var name = parts[0];
            _names.Add(name);
            world.Profiles.Add(Provider($"provider-{Slug(name)}", name, Enum.Parse<ProviderType>(parts[1]), parts[2], parts[3], parts[4],
                $"{name} ({parts[3]}) rents GPU capacity to startups, SMEs and labs. {parts[4]}. Data stays in {Countries.NameOf(parts[2])}.",
                $"https://{Slug(name)}.example", PickSome(Technologies.Where(t => t is "cuda" or "kubernetes" or "hpc" or "mlops" or "onnx").ToArray(), 2, 3)));
        }

        var startupAndSme = new List<ProfileKind> { ProfileKind.Startup, ProfileKind.Company };
        var everyone = new List<ProfileKind> { ProfileKind.Startup, ProfileKind.Company, ProfileKind.Researcher };
        PublicOffers(world, from, until, startupAndSme, everyone);

        // A typical price per GPU-hour in euros (rough market rates, illustrative); each provider charges 85 % to 125 % of it.
        string[] accelerators = ["NVIDIA H100 80GB|80|2.60", "NVIDIA L40S 48GB|48|1.30", "NVIDIA A100 80GB|80|1.90", "NVIDIA L4 24GB|24|0.70", "AMD MI300X 192GB|192|2.90"];
        string[] certs = ["ISO 27001", "SOC 2", "EU Cloud CoC", "HDS", "TISAX"];
        foreach (var provider in world.Profiles.Where(p => p.Key.StartsWith("provider-", StringComparison.Ordinal) && p.Key is not "provider-luxprovide" and not "provider-ai-factory").ToList())
        {
            var count = _rng.Next(2, 4);
            foreach (var accelerator in PickSome(accelerators, count, count))
            {
                // These draws keep the order they had before offers had access modes: the profiles generated after
                // them read the same random stream, so the committed profiles stay as they are.
                var parts = accelerator.Split('|');
                var model = parts[0].Split(' ')[1];
                var memory = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
                var priceLevel = _rng.NextDouble();
                var training = _rng.NextDouble() < 0.5;
                var gpusPerNode = Pick(GpusPerNode);
                var hours = _rng.Next(2, 40) * 500;
                var kinds = _rng.NextDouble() < 0.5 ? everyone : startupAndSme;
                var sme = _rng.NextDouble() < 0.3;
                var eu = _rng.NextDouble() < 0.5;
                var certifications = PickSome(certs, 1, 2);
                var opens = from.AddMonths(_rng.Next(0, 6));

                var fastLane = _terms.NextDouble() < 0.15;
                // A free fast lane is a small share of what a provider sells.
                var capacity = fastLane ? Math.Max(1_000, hours / 5 / 100 * 100) : hours;
                var type = provider.Profile.ProviderType;
                var offer = new ComputeOffer
                {
                    Title = fastLane ? $"{model} startup fast lane" : $"{model} {(training ? "training" : "inference")} capacity",
                    Description = fastLane
                        ? $"Free {parts[0]} hours for startups and small teams trying {provider.Profile.Name} out: small allocations, decided within three working days."
                        : $"Dedicated {parts[0]} capacity from {provider.Profile.Name}, reserved by the GPU-hour.",
                    Accelerator = parts[0],
                    AcceleratorCount = gpusPerNode,
                    MemoryPerAcceleratorGb = memory,
                    GpuHoursPerMonth = capacity,
                    AccessMode = fastLane ? AccessMode.FastLane : AccessMode.Paid,
                    PricePerGpuHourEur = fastLane ? null : Math.Round(decimal.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture) * (decimal)(0.85 + (0.4 * priceLevel)), 2),
                    MaxHoursPerMonth = fastLane ? Math.Min(capacity, Pick(_terms, FastLaneLimits)) : null,
                    EligibleKinds = kinds,
                    SmeOnly = sme,
                    EuOnly = eu,
                    AcceptedRiskClasses = _terms.NextDouble() < 0.25 ? [AiRiskClass.Minimal, AiRiskClass.Limited] : [AiRiskClass.Minimal, AiRiskClass.Limited, AiRiskClass.High],
                    DataResidency = provider.Profile.Country,
                    Certifications = certifications,
                    // HPC centres run batch queues with wall-time limits; clouds and data centres rent machines for days or without limit.
                    MaxJobHours = type switch
                    {
                        ProviderType.HpcCentre => Pick(_terms, BatchWallTimes),
                        ProviderType.Cloud => _terms.NextDouble() < 0.5 ? null : 168,
                        _ => Pick(_terms, HostedWallTimes),
                    },
                    MaxJobGpus = _terms.NextDouble() < 0.3 ? null : gpusPerNode * Pick(_terms, NodesPerJob),
                    Questions = fastLane ? [FirstStepsQuestion]
                        : _terms.NextDouble() switch { < 0.4 => [], < 0.8 => [SoftwareQuestion], _ => [SoftwareQuestion, NetworkQuestion] },
                    AvailableFrom = opens,
                    AvailableUntil = until,
                };
                world.ComputeOffers.Add(new SeedComputeOffer { Provider = provider.Key, CreatedDaysAgo = _terms.Next(5, 300), Offer = offer });
            }
        }

        return world.Profiles.Count;
    }

    /// <summary>
    /// The offers of the two public providers. Facts about the machines are public (MeluXina's GPU nodes carry four
    /// NVIDIA A100 40 GB, with job limits from 6 to 48 hours; MeluXina-AI has more than 2,000 GPUs, half of its capacity
    /// for national users); hours a month, prices, job sizes, questions and cut-off dates are illustrative.
    /// </summary>
    private static void PublicOffers(DemoWorld world, DateOnly from, DateOnly until, List<ProfileKind> startupAndSme, List<ProfileKind> everyone)
    {
        const string meluxina = "NVIDIA A100 40GB";
        const string meluxinaAi = "AI-optimised GPU (see provider)";
        var meluxinaAiFrom = new DateOnly(ReferenceYear, 7, 1);
        List<AiRiskClass> all = [AiRiskClass.Minimal, AiRiskClass.Limited, AiRiskClass.High];
        // Cut-offs every quarter; the demo seeder moves the calls' cut-offs around the day it seeds.
        List<DateOnly> quarterly = [.. Enumerable.Range(0, 8).Select(q => from.AddMonths((3 * q) + 3).AddDays(-1)).Where(d => d <= until)];

        world.ComputeOffers.Add(new SeedComputeOffer
        {
            Provider = "provider-luxprovide",
            CreatedDaysAgo = 420,
            Offer = new ComputeOffer
            {
                Title = "MeluXina accelerator module – commercial access",
                Description = "GPU nodes with four NVIDIA A100 40GB each, billed per GPU-hour. Jobs run through the batch scheduler for 6 to 48 hours at most.",
                Accelerator = meluxina, AcceleratorCount = 4, MemoryPerAcceleratorGb = 40, GpuHoursPerMonth = 20_000,
                AccessMode = AccessMode.Paid, PricePerGpuHourEur = 2.90m,
                EligibleKinds = everyone, AcceptedRiskClasses = all, DataResidency = "LU",
                MaxJobHours = 48, MaxJobGpus = 64, Questions = [SoftwareQuestion],
                AvailableFrom = from, AvailableUntil = until,
            },
        });
        world.ComputeOffers.Add(new SeedComputeOffer
        {
            Provider = "provider-luxprovide",
            CreatedDaysAgo = 400,
            Offer = new ComputeOffer
            {
                Title = "MeluXina for research projects",
                Description = "Free project-based access to the A100 nodes for public research, through a call reviewed by peers after each cut-off.",
                Accelerator = meluxina, AcceleratorCount = 4, MemoryPerAcceleratorGb = 40, GpuHoursPerMonth = 12_000,
                AccessMode = AccessMode.AccessCall, CutOffs = [.. quarterly],
                EligibleKinds = [ProfileKind.Researcher], EuOnly = true, AcceptedRiskClasses = all, DataResidency = "LU",
                MaxJobHours = 48, MaxJobGpus = 32, Questions = [OpenOutputsQuestion, ScalingQuestion],
                AvailableFrom = from, AvailableUntil = until,
            },
        });
        world.ComputeOffers.Add(new SeedComputeOffer
        {
            Provider = "provider-ai-factory",
            CreatedDaysAgo = 160,
            Offer = new ComputeOffer
            {
                Title = "MeluXina-AI startup and SME access call",
                Description = "Free access to MeluXina-AI through the AI Factory's calls for startups and SMEs, with onboarding and model-engineering support. Half of MeluXina-AI's capacity (more than 2,000 GPUs in all) serves national users.",
                Accelerator = meluxinaAi, AcceleratorCount = 8, MemoryPerAcceleratorGb = 80, GpuHoursPerMonth = 60_000,
                AccessMode = AccessMode.AccessCall, MaxHoursPerMonth = 8_000, CutOffs = [.. quarterly.Where(d => d >= meluxinaAiFrom)],
                EligibleKinds = startupAndSme, SmeOnly = true, EuOnly = true, AcceptedRiskClasses = all, DataResidency = "LU",
                MaxJobHours = 48, MaxJobGpus = 128, Questions = [OpenOutputsQuestion, BenefitQuestion, SupportQuestion],
                AvailableFrom = meluxinaAiFrom, AvailableUntil = until,
            },
        });
        world.ComputeOffers.Add(new SeedComputeOffer
        {
            Provider = "provider-ai-factory",
            CreatedDaysAgo = 45,
            Offer = new ComputeOffer
            {
                Title = "MeluXina-AI fast lane for startups and SMEs",
                Description = "Up to 500 GPU-hours a month per application to try MeluXina-AI before a full call: decided within days, first come first served.",
                Accelerator = meluxinaAi, AcceleratorCount = 8, MemoryPerAcceleratorGb = 80, GpuHoursPerMonth = 6_000,
                AccessMode = AccessMode.FastLane, MaxHoursPerMonth = 500,
                EligibleKinds = startupAndSme, SmeOnly = true, EuOnly = true,
                // High-risk projects go through the peer-reviewed call, where reviewers look at the AI Act duties.
                AcceptedRiskClasses = [AiRiskClass.Minimal, AiRiskClass.Limited], DataResidency = "LU",
                MaxJobHours = 48, MaxJobGpus = 8, Questions = [FirstStepsQuestion],
                AvailableFrom = meluxinaAiFrom, AvailableUntil = until,
            },
        });
        world.ComputeOffers.Add(new SeedComputeOffer
        {
            Provider = "provider-ai-factory",
            CreatedDaysAgo = 158,
            Offer = new ComputeOffer
            {
                Title = "MeluXina-AI research access call",
                Description = "Free access to MeluXina-AI for research organisations through the AI Factory's calls, reviewed by peers after each cut-off.",
                Accelerator = meluxinaAi, AcceleratorCount = 8, MemoryPerAcceleratorGb = 80, GpuHoursPerMonth = 40_000,
                AccessMode = AccessMode.AccessCall, CutOffs = [.. quarterly.Where(d => d >= meluxinaAiFrom)],
                EligibleKinds = [ProfileKind.Researcher], EuOnly = true, AcceptedRiskClasses = all, DataResidency = "LU",
                MaxJobHours = 48, MaxJobGpus = 256, Questions = [OpenOutputsQuestion, DataPlanQuestion],
                AvailableFrom = meluxinaAiFrom, AvailableUntil = until,
            },
        });
    }

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    private static SeedProfile Provider(string key, string name, ProviderType type, string country, string city, string headline, string description, string website, List<string> tags) => new()
    {
        Key = key,
        CreatedDaysAgo = 700,
        Profile = new ProfileInput
        {
            Kind = ProfileKind.ComputeProvider,
            Name = name,
            Headline = headline,
            Description = description,
            Country = country,
            City = city,
            Website = website,
            Offers = Intent.Compute,
            Seeks = Intent.IndustryPartner,
            TagSlugs = tags,
            ProviderType = type,
        },
    };

    /// <summary>
    /// One featured login per role plus one member account per profile (so every demo profile can answer later),
    /// all with <see cref="DemoPassword"/>.
    /// </summary>
    private static void Accounts(DemoWorld world)
    {
        string First(ProfileKind kind) => world.Profiles.First(p => p.Profile.Kind == kind).Key;
        world.Accounts.Add(new SeedAccount { Email = "admin@hub.demo", DisplayName = "Ada Admin", Password = DemoPassword, Roles = ["Admin"], Featured = true });
        world.Accounts.Add(new SeedAccount { Email = "organiser@hub.demo", DisplayName = "Olivia Organiser", Password = DemoPassword, Roles = ["Organiser"], Featured = true });
        world.Accounts.Add(new SeedAccount { Email = "startup@hub.demo", DisplayName = "Sam Founder", Password = DemoPassword, Profiles = [First(ProfileKind.Startup)], Featured = true });
        world.Accounts.Add(new SeedAccount { Email = "investor@hub.demo", DisplayName = "Ines Investor", Password = DemoPassword, Profiles = [First(ProfileKind.Investor)], Featured = true });
        world.Accounts.Add(new SeedAccount { Email = "researcher@hub.demo", DisplayName = "Rui Researcher", Password = DemoPassword, Profiles = [First(ProfileKind.Researcher)], Featured = true });
        world.Accounts.Add(new SeedAccount { Email = "company@hub.demo", DisplayName = "Chloé Company", Password = DemoPassword, Profiles = [First(ProfileKind.Company)], Featured = true });
        world.Accounts.Add(new SeedAccount { Email = "compute@hub.demo", DisplayName = "Carl Compute", Password = DemoPassword, Profiles = ["provider-kirchberg-gpu-cloud"], Featured = true });

        var claimed = world.Accounts.SelectMany(a => a.Profiles).ToHashSet();
        foreach (var profile in world.Profiles.Where(p => !claimed.Contains(p.Key)))
        {
            world.Accounts.Add(new SeedAccount
            {
                Email = $"{profile.Key}@members.hub.demo",
                DisplayName = $"{profile.Profile.Name} team",
                Password = DemoPassword,
                Profiles = [profile.Key],
            });
        }
    }
}
