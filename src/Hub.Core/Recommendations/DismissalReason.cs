namespace Hub.Core.Recommendations;

/// <summary>Why a recommendation was dismissed; the reason steers what is shown next.</summary>
public enum DismissalReason
{
    WrongSector = 1,
    WrongStage = 2,
    WrongLocation = 3,
    WrongTicket = 4,
    Other = 5,
}
