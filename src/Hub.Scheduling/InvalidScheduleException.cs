namespace Hub.Scheduling;

/// <summary>An instance the scheduler refuses, with a message that says what is wrong.</summary>
public sealed class InvalidScheduleException(string message) : Exception(message)
{
    public InvalidScheduleException()
        : this("The schedule instance is not valid.")
    {
    }

    public InvalidScheduleException(string message, Exception inner)
        : this(message + " " + inner.Message)
    {
    }
}
