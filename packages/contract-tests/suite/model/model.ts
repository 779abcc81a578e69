// The model: the disposable users one generated sequence created, as the description says they
// are after each operation. Names are compared without regard to case (Confluence's rule); a name
// keeps the case it was given (our assumption, judged where it shows).

export interface ModelUser {
  /** The name as last given (added or renamed to). */
  name: string;
  /** Learnt from the first read. */
  key?: string;
  fullName: string;
  email: string;
  /** Only for users given one; the checks log in with it. */
  password?: string;
  active: boolean;
  properties: Map<string, string>;
  /** Logins tried as this user: Confluence holds an account behind a CAPTCHA after a few failed ones. */
  logins: number;
}

/** A name no user has any more, and the write that freed it. */
export interface GoneName {
  name: string;
  by: 'renameUser' | 'deleteUser';
  /** For a rename: the user now under another name. */
  renamedTo?: ModelUser;
}

export class Model {
  readonly users: ModelUser[] = [];
  readonly gone: GoneName[] = [];

  find(name: string): ModelUser | undefined {
    const wanted = name.toLowerCase();
    return this.users.find((u) => u.name.toLowerCase() === wanted);
  }

  remove(user: ModelUser, gone: GoneName): void {
    this.users.splice(this.users.indexOf(user), 1);
    this.gone.push(gone);
  }

  /** A name of the model is free again (re-added, or renamed to). */
  reuse(name: string): void {
    const i = this.gone.findIndex((g) => g.name.toLowerCase() === name.toLowerCase());
    if (i >= 0) this.gone.splice(i, 1);
  }
}

/** How a name is written in a request: as given, or in another case (the same user to Confluence). */
export type NameCase = 'given' | 'upper' | 'lower' | 'swapped';

export function inCase(name: string, nameCase: NameCase): string {
  switch (nameCase) {
    case 'given':
      return name;
    case 'upper':
      return name.toUpperCase();
    case 'lower':
      return name.toLowerCase();
    case 'swapped':
      return [...name].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('');
  }
}

/** Whether a request names the user in a case other than the one it was given. */
export const otherCaseThan = (written: string, stored: string): boolean => written !== stored;
