namespace Hub.Matching.Serving;

public enum ActionStatus
{
    Done,
    NotFound,
    Forbidden,
}
