namespace Thb.Intake.Returns;

/// <summary>The six columns of the annex, and the optional structured helper columns of the template.</summary>
public enum ReturnColumn
{
    CountryRegion,
    Form,
    Description,
    Partner,
    Duration,
    Funding,
    StartDate,
    EndDate,
    Ongoing,
    AmountEur,
}
