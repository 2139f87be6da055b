import { describe, expect, it } from 'vitest';
import { templateCatalogue } from './template-catalogue';
import { templates } from './templates';

describe('templateCatalogue', () => {
  it('names every template the engine runs, with the same id, integration, title and description', () => {
    expect(
      templates.map(({ id, integration, title, description }) => ({
        id,
        integration,
        title,
        description,
      })),
    ).toEqual(templateCatalogue);
  });
});
