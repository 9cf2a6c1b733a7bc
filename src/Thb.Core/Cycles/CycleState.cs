namespace Thb.Cycles;

public enum CycleState
{
    Open,
    Closed,
}
