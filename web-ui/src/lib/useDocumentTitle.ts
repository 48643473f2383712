import { useEffect } from 'react';

export const APP_NAME = 'Vendor SLA';

/** Every page's <title> names what is shown (ui.md, Screens): "Northwind Hosting · Vendors · Vendor SLA". */
export function useDocumentTitle(...parts: (string | undefined | null)[]): void {
  const title = [...parts.filter((p): p is string => Boolean(p)), APP_NAME].join(' · ');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
