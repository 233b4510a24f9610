namespace Hub.Web.Tests.AccessMatrix;

/// <summary>
/// The access-control matrix: every route the app maps, and who may use it. A route the app maps without a line here
/// fails <see cref="AccessMatrixTests.EveryRouteOfTheAppHasALineInTheTable"/>; adding one is one line.
/// Columns of <c>Allowed</c>: anonymous, owner's member, other member, event organiser, other organiser, provider's
/// member, other provider's member, admin. The scenario's markers (<see cref="AccessScenario.Markers"/>) are checked
/// on every answer, allowed or not, against <see cref="Audience"/>.
/// </summary>
public static class AccessTable
{
    public static readonly IReadOnlyList<AccessRoute> Routes =
    [
        // pattern                                               path                                          A O X E F P Q D    shows
        new("/",                                                  "/",                                          "y y y y y y y y"),
        new("/directory",                                         "/directory",                                 "y y y y y y y y"),
        new("/for-you",                                           "/for-you",                                   "- y y y y y y y"),
        new("/not-found",                                         "/not-found",                                 "y y y y y y y y"),
        new("/error",                                             "/error",                                     "y y y y y y y y"),
        new("/health",                                            "/health",                                    "y y y y y y y y", "Healthy"),
        new("/health/live",                                       "/health/live",                               "y y y y y y y y", "Healthy"),
        new("/health/ready",                                      "/health/ready",                              "y y y y y y y y", "Healthy"),

        // Accounts
        new("/account/login",                                     "/account/login",                             "y y y y y y y y", "login-form"),
        new("/account/register",                                  "/account/register",                          "y y y y y y y y"),
        new("/account/denied",                                    "/account/denied",                            "y y y y y y y y"),
        new("/account/password",                                  "/account/password",                          "- y y y y y y y"),
        new("/account/notifications",                             "/account/notifications",                     "- y y y y y y y"),
        new("/account/my-data.json",                              "/account/my-data.json",                      "- y y y y y y y", "\"account\""),
        new("/account/complete",                                  "/account/complete?ticket={forged}",          "- - - - - - - -"),
        new("/account/logout",                                    "/account/logout",                            "- - - - - - - -", Method: "POST"),
        new("/account/confirm",                                   "/account/confirm?user={forged}&token={forged}", "- - - - - - - -"),
        new("/account/delete",                                    "/account/delete",                            "- y y y y y y y", "delete-promises"),
        new("/account/goodbye",                                   "/account/goodbye",                           "y y y y y y y y", AllowedStatus: 302),
        new("/account/deleted",                                   "/account/deleted",                           "y y y y y y y y"),

        // Profiles
        new("/profiles/{Id:int}",                                 "/profiles/{profile}",                        "y y y y y y y y"),
        new("/profiles/{Id:int}/edit",                            "/profiles/{profile}/edit",                   "- y - - - - - y", "profile-form"),
        new("/profiles/{profileId:int}/logo",                     "/profiles/{profile}/logo",                   "y y y y y y y y", "PNG"),
        new("/profiles/new",                                      "/profiles/new",                              "- y y y y y y y", "profile-form"),
        new("/my/profiles",                                       "/my/profiles",                               "- y y y y y y y"),

        // Introductions and conversations
        new("/introductions",                                     "/introductions",                             "- y y y y y y y"),
        new("/introductions/{Focus:long}",                        "/introductions/{introduction}",              "- y y y y y y y"),
        new("/conversations/{Id:long}",                           "/conversations/{conversation}",              "- y - - - - - -", AccessScenario.Markers.Message),

        // Events (the event concerned is closed: not public)
        new("/events",                                            "/events",                                    "y y y y y y y y"),
        new("/events/new",                                        "/events/new",                                "- - - y y - - y", "event-form"),
        new("/events/{Id:int}",                                   "/events/{event}",                            "- y - y - - - -", AccessScenario.Markers.EventTitle),
        new("/events/{Id:int}/edit",                              "/events/{event}/edit",                       "- - - y - - - -", "event-form"),
        new("/events/{Id:int}/agenda",                            "/events/{event}/agenda",                     "- y - y - - - -", AccessScenario.Markers.EventTitle),
        new("/events/{Id:int}/people",                            "/events/{event}/people",                     "- y - y - - - -", AccessScenario.Markers.EventTitle),
        new("/events/{Id:int}/manage/{Tab?}",                     "/events/{event}/manage",                     "- - - y - - - -", AccessScenario.Markers.Goal),
        new("/events/{Id:int}/print/tables",                      "/events/{event}/print/tables",               "- - - y - - - -", AccessScenario.Markers.EventTitle),
        new("/events/{Id:int}/print/participants",                "/events/{event}/print/participants",         "- - - y - - - -", AccessScenario.Markers.EventTitle),
        new("/events/{id:int}/export/{what}.csv",                 "/events/{event}/export/participants.csv",    "- - - y - - - -", AccessScenario.Markers.Goal),
        new("/events/{id:int}/agenda.ics",                        "/events/{event}/agenda.ics",                 "- y - - - - - -", "BEGIN:VCALENDAR"),
        new("/calendar/{token}.ics",                              "/calendar/{calendar}.ics",                   "y y y y y y y y", "BEGIN:VCALENDAR", SecretInPath: true),
        new("/screen/{Token}",                                    "/screen/{screen}",                           "y y y y y y y y", AccessScenario.Markers.EventTitle, SecretInPath: true),

        // Compute
        new("/compute",                                           "/compute",                                   "- y y y y y y y"),
        new("/compute/offers/{Id:int}",                           "/compute/offers/{offer}",                    "- y y y y y y y", "Matrix GPU pool"),
        new("/compute/offers/new",                                "/compute/offers/new",                        "- - - - - y y -", "offer-form"),
        new("/compute/offers/{Id:int}/edit",                      "/compute/offers/{offer}/edit",               "- - - - - y - -", "offer-form"),
        new("/compute/offers/{OfferId:int}/apply",                "/compute/offers/{offer}/apply",              "- y y y y y y y", "Apply for Matrix GPU pool"),
        new("/compute/needs",                                     "/compute/needs",                             "- y y y y y y y"),
        new("/compute/needs/new",                                 "/compute/needs/new",                         "- y - - - - - -", "need-form"),
        new("/compute/needs/{Id:int}/edit",                       "/compute/needs/{need}/edit",                 "- y - - - - - -", AccessScenario.Markers.NeedTitle),
        new("/compute/applications",                              "/compute/applications",                      "- y y y y y y y"),
        new("/compute/applications/{Id:long}",                    "/compute/applications/{application}",        "- y - - - y - -", AccessScenario.Markers.ApplicationObjective),
        new("/compute/applications/{Id:long}/edit",               "/compute/applications/{application}/edit",   "- y - - - - - -", "application-form"),
        new("/compute/provider/{ProfileId:int}",                  "/compute/provider/{provider}",               "- - - - - y - -", "Matrix GPU pool"),
        new("/compute/provider/{profileId:int}/allocations.csv",  "/compute/provider/{provider}/allocations.csv", "- - - - - y - -"),

        // Admin
        new("/admin/recommender",                                 "/admin/recommender",                         "- - - - - - - y"),
        new("/admin/audit",                                       "/admin/audit",                               "- - - - - - - y", "audit-text"),

        // Transports: the live hub (its methods have their own table) and Blazor's circuit, which renders the same
        // pages through the same checks as the prerendered answers above.
        new("/hubs/live/negotiate",                               "/hubs/live/negotiate?negotiateVersion=1",    "- y y y y y y y", "connectionToken", Method: "POST"),
        new("/hubs/live",                                         "/hubs/live",                                 "- y y y y y y y", AllowedStatus: 400),
        new("/_blazor/negotiate",                                 "/_blazor/negotiate?negotiateVersion=1",      "y y y y y y y y", "connectionToken", Method: "POST"),
        new("/_blazor",                                           "/_blazor",                                   "y y y y y y y y", AllowedStatus: 400),
        new("/_blazor/disconnect/",                               "/_blazor/disconnect/",                       "y y y y y y y y", Method: "POST", AllowedStatus: 400),
        new("/_blazor/initializers/",                             "/_blazor/initializers/",                     "y y y y y y y y"),
        new("/_framework/opaque-redirect",                        "/_framework/opaque-redirect",                "y y y y y y y y", AllowedStatus: 400),
        new("{**path:file}",                                      "/no-such-file.txt",                          "y y y y y y y y", AllowedStatus: 404),
    ];

    /// <summary>Who may see each private marker anywhere in Hub (outside a secret link); every answer is searched for the rest.</summary>
    public static readonly IReadOnlyDictionary<string, AccessRole[]> Audience = new Dictionary<string, AccessRole[]>
    {
        [AccessScenario.Markers.EventTitle] = [AccessRole.OwnerMember, AccessRole.EventOrganiser],
        [AccessScenario.Markers.Goal] = [AccessRole.OwnerMember, AccessRole.EventOrganiser],
        // An open need is shown to compute providers whose offers fit it: that is what describing a need is for.
        [AccessScenario.Markers.NeedTitle] = [AccessRole.OwnerMember, AccessRole.ProviderMember, AccessRole.OtherProviderMember],
        [AccessScenario.Markers.ApplicationObjective] = [AccessRole.OwnerMember, AccessRole.ProviderMember],
        [AccessScenario.Markers.IntroductionNote] = [AccessRole.OwnerMember],
        [AccessScenario.Markers.Message] = [AccessRole.OwnerMember],
    };
}
