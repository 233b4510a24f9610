namespace Hub.Core.Compute;

/// <summary>The answers to the AI Act self-assessment: each flag is a "yes".</summary>
[Flags]
public enum RiskFactors
{
    None = 0,

    /// <summary>Manipulation, social scoring, untargeted face scraping, emotion recognition at work or school, predictive policing by profiling.</summary>
    ProhibitedPractice = 1,

    /// <summary>Remote biometric identification, biometric categorisation or emotion recognition.</summary>
    Biometrics = 2,

    /// <summary>Safety component of critical infrastructure (energy, water, traffic, digital infrastructure).</summary>
    CriticalInfrastructure = 4,

    /// <summary>Admission, grading or proctoring in education; hiring, promotion or monitoring of workers.</summary>
    EducationOrEmployment = 8,

    /// <summary>Access to essential services: creditworthiness, life and health insurance pricing, public benefits, emergency dispatch.</summary>
    EssentialServices = 16,

    /// <summary>Law enforcement, migration and border control, justice or elections.</summary>
    LawEnforcementOrJustice = 32,

    /// <summary>Safety component of a product under EU harmonisation law (medical devices, machinery, vehicles, toys).</summary>
    SafetyComponent = 64,

    /// <summary>People talk to the system (chatbots, voice assistants).</summary>
    InteractsWithPeople = 128,

    /// <summary>The system generates or alters text, images, audio or video that people will see.</summary>
    GeneratesContent = 256,

    /// <summary>The project trains a general-purpose model that others will build on.</summary>
    GeneralPurposeModel = 512,
}
