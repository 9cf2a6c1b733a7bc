// The rows every writer's return holds (see make-returns.sh); dates are [year, month - 1, day] in UTC.
exports.headers = [
  'Country/ region or organisation at international level', 'Form or structure of actions and activities',
  'Description of actions and activities', 'Partner organisation', 'Duration (start/end date)', 'Funding in EUR',
];
exports.returnRows = [
  ['Albania', 'Training', 'Training for border police officers on the identification of victims', 'IOM', '1 March 2010 – 30 June 2011', '45.000 EUR'],
  ['Kosovo', 'Awareness raising', '', 'UNODC', '2011', 'XX'],
  ['Atlantis', 'Victim protection', 'Shelter support for victims', 'La Strada', '2010-2011', { number: 3500000, format: '#,##0 "SEK"' }],
  ['Republic of Moldova', 'Training', 'Workshop for prosecutors', 'OSCE', { date: [2012, 2, 1], format: 'mmm-yy' }, { number: 25000, format: '#,##0 [$€-407]' }],
];
// A 4×4 red PNG, made here so no image library is needed.
exports.png = () => Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEElEQVR4nGP4z8AARwzEcQCukw/x0F8jngAAAABJRU5ErkJggg==', 'base64');
