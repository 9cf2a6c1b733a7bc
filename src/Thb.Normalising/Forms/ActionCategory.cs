namespace Thb.Normalising.Forms;

/// <summary>The controlled list the annex groups actions by. The raw wording is always kept beside it.</summary>
public enum ActionCategory
{
    Agreement,
    VictimSupport,
    ReturnAndReintegration,
    Training,
    AwarenessRaising,
    Prevention,
    LawEnforcement,
    JudicialCooperation,
    CapacityBuilding,
    Research,
    Policy,
    Funding,
    Coordination,
    Other,
}
