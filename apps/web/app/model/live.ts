/** An update of a live story, as the story page shows it. */
export interface LiveUpdateView {
  id: string;
  title: string | null;
  body: string;
  postedAt: string;
  /** Time of day; formatted on the server for the first render. */
  postedLabel: string;
}
