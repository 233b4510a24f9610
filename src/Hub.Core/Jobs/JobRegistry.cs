namespace Hub.Core.Jobs;

/// <summary>The job types registered with <c>AddPeriodicJob</c>, in registration order.</summary>
public sealed class JobRegistry
{
    private readonly List<Type> _jobTypes = [];

    public IReadOnlyList<Type> JobTypes => _jobTypes;

    internal void Add(Type jobType)
    {
        if (!_jobTypes.Contains(jobType))
        {
            _jobTypes.Add(jobType);
        }
    }
}
