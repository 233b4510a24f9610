namespace Hub.Core.Events;

/// <summary>An account that manages an event (its creator and any co-organisers).</summary>
public class EventOrganiser
{
    public int EventId { get; set; }

    public required string UserId { get; set; }
}
