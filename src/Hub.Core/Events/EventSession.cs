namespace Hub.Core.Events;

/// <summary>A block of meeting time (e.g. morning, afternoon); slots follow each other inside it.</summary>
public class EventSession
{
    public int Id { get; set; }

    public int EventId { get; set; }

    public string Name { get; set; } = "";

    public DateTime StartsAt { get; set; }

    public DateTime EndsAt { get; set; }
}
