/** A byline on the edition's authors page. */
export interface AuthorListItem {
  name: string;
  url: string;
  bio: string | null;
  isDesk: boolean;
}
