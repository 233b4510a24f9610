namespace Hub.Core.Jobs;

/// <summary>One run of a job: the watermark it left last time, to carry on from, and the one it leaves for the next run.</summary>
public sealed class JobRun
{
    public JobRun(long? watermark, DateTime startedAt)
    {
        Watermark = watermark;
        StartedAt = startedAt;
    }

    /// <summary>Where the previous successful run stopped (e.g. the last profile id announced); null before the first run.</summary>
    public long? Watermark { get; set; }

    public DateTime StartedAt { get; }
}
