namespace Hub.Core.Tests;

/// <summary>How many rows the tables that introductions, conversations and notifications write to hold; equal snapshots mean nothing was stored.</summary>
public sealed record RowCounts(int Introductions, int Signals, int Notifications, int Conversations, int Messages, int Reads, int Blocks);
