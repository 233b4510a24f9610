using Hub.Core.Profiles;

namespace Hub.Core.Events;

/// <summary>A registration as organisers review it.</summary>
public sealed record RegistrationRow(int Id, int ProfileId, string Name, ProfileKind Kind, RegistrationStatus Status, string Goal, DateTime CreatedAt, DateTime? CheckedInAt);
