namespace Thb.Intake;

/// <summary>Runs the intake of one upload (<see cref="IntakeService.ProcessAsync"/>, or a host's bounded queue of intakes around it).</summary>
public delegate Task<IntakeResult?> IntakeRun(string blobName, CancellationToken cancellationToken);
