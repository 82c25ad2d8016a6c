// One colour per event type, shared by the map, the timeline and the legends.
export const TYPE_COLOURS: Record<string, string> = {
  DEFECTION: '#1f77b4', PURSUIT: '#ff7f0e', ARREST: '#d62728', REPATRIATION: '#9467bd', PUNISHMENT: '#8c564b',
  COLLECTIVE_PUNISHMENT: '#e377c2', SURVEILLANCE: '#7f7f7f', SMUGGLING: '#bcbd22', CORRUPTION: '#17becf',
  FABRICATION: '#393b79', INVESTIGATION: '#637939', DIRECTIVE: '#8c6d31', INCENTIVE: '#843c39', VIOLENCE: '#7b4173', PROTEST: '#3182bd',
};
export const colourOf = (type: string) => TYPE_COLOURS[type] ?? '#555';
