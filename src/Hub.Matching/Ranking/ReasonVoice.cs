namespace Hub.Matching.Ranking;

/// <summary>Who reads a reason, and so how it names the two sides.</summary>
public enum ReasonVoice
{
    /// <summary>A member of the seeker profile: the seeker is "you", the candidate "they".</summary>
    Seeker,

    /// <summary>A member of the candidate profile (e.g. the recipient of an introduction): the candidate is "you", the seeker "they".</summary>
    Candidate,

    /// <summary>Anyone else: both sides by name.</summary>
    Observer,
}
