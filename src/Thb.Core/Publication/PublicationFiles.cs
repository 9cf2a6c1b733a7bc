using Thb.Publication.Map;
using Thb.Publication.Priorities;

namespace Thb.Publication;

/// <summary>What <see cref="PublicationBuilder"/> made besides the files it wrote: the view and map they show.</summary>
public sealed record PublicationFiles(PriorityView View, ActionMap Map);
