using Thb.Publication.Map;
using Thb.Publication.Priorities;

namespace Thb.Publication;

/// <summary>What the publication's files show, made once for all of them: the priority view, the map and its picture.</summary>
public sealed record PublicationFiles(PriorityView View, ActionMap Map, MapPicture Picture);
