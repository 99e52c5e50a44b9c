// The French glossary's terms that lessons 8 to 13 use first (glossary-learning.ts in English;
// see glossary.fr.ts).
import type { FrenchGlossaryEntry } from './glossary.fr';

export const learningTermsFr: Record<string, FrenchGlossaryEntry> = {
	'dense-layer': {
		term: 'couche entièrement connectée (couche dense)',
		forms: [
			'couche entièrement connectée',
			'couches entièrement connectées',
			'couche dense',
			'couches denses',
			'entièrement connectées'
		],
		definition:
			'Couche où chaque entrée a son propre poids pour chaque sortie : un produit matriciel plus un biais par sortie.',
		section: 'chaque-entree-rencontre-chaque-sortie'
	},
	neuron: {
		term: 'neurone',
		forms: ['neurone', 'neurones'],
		definition:
			"Une unité d'une couche dense : elle pondère toutes ses entrées, ajoute un biais et applique en général une activation. Le nom vient des cellules nerveuses qui l'ont inspirée.",
		section: 'neurones-et-perceptron-multicouche'
	},
	'multilayer-perceptron': {
		term: 'perceptron multicouche',
		forms: ['perceptron multicouche'],
		definition: 'Plusieurs couches denses à la suite, avec une activation entre elles.',
		section: 'neurones-et-perceptron-multicouche'
	},
	'hidden-layer': {
		term: 'couche cachée',
		forms: ['couche cachée', 'couches cachées'],
		definition:
			"Couche située entre l'entrée et la sortie d'un réseau, dont personne ne choisit ni ne voit directement les valeurs.",
		section: 'neurones-et-perceptron-multicouche'
	},
	softmax: {
		term: 'softmax',
		forms: ['softmax'],
		definition:
			'Transforme une liste de scores en probabilités : e à la puissance de chaque score, divisé par la somme de toutes ces puissances.',
		section: 'des-scores-aux-probabilites-la-fonction-softmax'
	},
	logit: {
		term: 'score (logit)',
		forms: ['logits', 'logit'],
		definition:
			"Sortie brute de la dernière couche, une par classe, avant que la fonction softmax n'en fasse des probabilités.",
		section: 'des-scores-aux-probabilites-la-fonction-softmax'
	},
	architecture: {
		term: 'architecture',
		forms: ['architecture', 'architectures'],
		definition:
			"Le choix des couches d'un réseau et de leurs réglages (tailles de noyau, filtres, pas…), fixé avant l'apprentissage.",
		section: 'six-reseaux-celebres'
	},
	imagenet: {
		term: 'ImageNet',
		forms: ['ImageNet'],
		definition:
			"Collection de plus d'un million de photos étiquetées en mille classes, dont le concours annuel a rendu les réseaux convolutifs célèbres en 2012.",
		section: 'six-reseaux-celebres'
	},
	'inception-module': {
		term: 'module Inception',
		forms: ['module Inception', 'modules Inception'],
		definition:
			'Le bloc de GoogLeNet : des convolutions de plusieurs tailles travaillent côte à côte sur la même entrée, et leurs sorties sont empilées le long des canaux.',
		section: 'six-reseaux-celebres'
	},
	'residual-block': {
		term: 'bloc résiduel (connexion raccourcie)',
		forms: ['bloc résiduel', 'blocs résiduels'],
		definition:
			"Le bloc de ResNet : son entrée saute par-dessus deux ou trois convolutions et s'ajoute à leur sortie, si bien que le bloc n'apprend qu'une correction.",
		section: 'six-reseaux-celebres'
	},
	'batch-normalisation': {
		term: 'normalisation par lot',
		forms: ['normalisation par lot'],
		definition:
			'Couche qui ramène chaque canal à une moyenne de 0 et un écart de 1 sur le lot en cours, puis applique une échelle et un décalage appris.',
		section: 'six-reseaux-celebres'
	},
	dropout: {
		term: 'dropout (extinction aléatoire)',
		forms: ['dropout'],
		definition:
			"Pendant l'apprentissage, mettre à zéro la sortie de neurones tirés au hasard (souvent la moitié) pour que le réseau ne puisse compter sur aucun d'eux ; désactivé ensuite.",
		section: 'six-reseaux-celebres'
	},
	'global-average-pooling': {
		term: 'pooling moyen global',
		forms: ['pooling moyen global'],
		definition:
			"Faire la moyenne de chaque carte de caractéristiques entière en un seul nombre, souvent à la place de grandes couches denses à la fin d'un réseau.",
		section: 'formes-parametres-et-multiplications-additions'
	},
	parameter: {
		term: 'paramètre',
		forms: ['paramètre', 'paramètres'],
		definition:
			"Nombre que le réseau apprend : un poids ou un biais. On donne souvent la taille d'un réseau par son nombre de paramètres.",
		section: 'ce-qui-change-et-ce-qui-reste'
	},
	'hyper-parameter': {
		term: 'hyperparamètre',
		forms: ['hyperparamètre', 'hyperparamètres'],
		definition:
			"Réglage choisi par nous et non appris : taille des noyaux, nombre de filtres, pas, taux d'apprentissage, taille des lots…",
		section: 'ce-qui-change-et-ce-qui-reste'
	},
	loss: {
		term: 'perte',
		forms: ['perte', 'pertes', 'fonction de coût'],
		definition:
			"Un nombre qui dit à quel point les réponses du réseau sont fausses ; l'apprentissage cherche à le faire diminuer.",
		section: 'la-perte-dit-a-quel-point-le-reseau-se-trompe'
	},
	'cross-entropy': {
		term: 'entropie croisée',
		forms: ['entropie croisée'],
		definition:
			'La perte habituelle en classification : moins le logarithme de la probabilité donnée à la bonne classe.',
		section: 'la-perte-dit-a-quel-point-le-reseau-se-trompe'
	},
	gradient: {
		term: 'gradient',
		forms: ['gradient', 'gradients'],
		definition:
			'De combien la perte varie quand un paramètre bouge un peu, pour chaque paramètre ; il indique la montée sur le relief de la perte.',
		section: 'la-retropropagation-un-nombre-a-la-fois'
	},
	backpropagation: {
		term: 'rétropropagation',
		forms: ['rétropropagation', 'rétropropager'],
		definition:
			"Calculer tous les gradients en un seul passage, de la perte jusqu'à la première couche, chaque couche transmettant le gradient à celle du dessous.",
		section: 'la-retropropagation-un-nombre-a-la-fois'
	},
	'chain-rule': {
		term: 'règle de dérivation en chaîne',
		forms: ['règle de dérivation en chaîne'],
		definition:
			"La règle d'analyse derrière la rétropropagation : le taux de variation à travers deux étapes est le produit des taux de chaque étape.",
		section: 'la-retropropagation-un-nombre-a-la-fois'
	},
	'learning-rate': {
		term: "taux d'apprentissage",
		forms: ["taux d'apprentissage"],
		definition:
			'La taille η de chaque pas de mise à jour : les paramètres se déplacent de −η fois leur gradient.',
		section: 'la-descente-de-gradient-et-le-taux-d-apprentissage'
	},
	'gradient-descent': {
		term: 'descente de gradient',
		forms: ['descente de gradient'],
		definition:
			"Répéter la mise à jour « déplacer chaque paramètre un peu à l'opposé de son gradient » jusqu'à ce que la perte cesse de baisser.",
		section: 'la-descente-de-gradient-et-le-taux-d-apprentissage'
	},
	batch: {
		term: 'lot',
		forms: ['lot', 'lots'],
		definition:
			"Les quelques dizaines d'exemples qu'utilise une étape d'apprentissage ; la moyenne de leurs gradients donne une seule mise à jour.",
		section: 'les-lots-faire-la-moyenne-de-l-erreur'
	},
	epoch: {
		term: 'époque',
		forms: ['époque', 'époques'],
		definition: "Un passage complet sur l'ensemble d'entraînement, lot après lot.",
		section: 'les-lots-faire-la-moyenne-de-l-erreur'
	},
	mnist: {
		term: 'MNIST',
		forms: ['MNIST'],
		definition:
			"Collection classique de chiffres manuscrits, de 28 × 28 pixels gris chacun ; la leçon 12 s'entraîne sur 10 000 d'entre eux.",
		section: 'le-reseau-et-les-donnees'
	},
	accuracy: {
		term: 'exactitude',
		forms: ['exactitude'],
		definition:
			"La part des exemples auxquels le réseau répond juste ; celle qui compte se mesure sur des exemples qui n'ont pas servi à l'entraînement.",
		section: 'le-reseau-et-les-donnees'
	},
	optimiser: {
		term: 'optimiseur',
		forms: ['optimiseur', 'optimiseurs'],
		definition:
			'La règle qui transforme les gradients en mises à jour : descente de gradient simple, SGD avec inertie, Adam…',
		section: 'entrainez-le'
	},
	seed: {
		term: 'graine',
		forms: ['graine', 'graines'],
		definition:
			"Le nombre dont part un générateur aléatoire : la même graine donne les mêmes poids « au hasard » et le même ordre, si bien qu'un entraînement peut être refait à l'identique.",
		section: 'entrainez-le'
	},
	'web-worker': {
		term: 'Web Worker',
		forms: ['Web Worker', 'Web Workers'],
		definition:
			"Fil d'exécution séparé du navigateur, qui calcule sans figer la page ; l'apprentissage y tourne.",
		section: 'entrainez-le'
	},
	'confusion-matrix': {
		term: 'matrice de confusion',
		forms: ['matrice de confusion'],
		definition:
			'Tableau qui compte, pour chaque vraie classe (ligne), combien de fois le réseau a répondu chaque classe (colonne).',
		section: 'la-ou-il-se-trompe'
	},
	'fine-tuning': {
		term: 'ajustement fin (fine-tuning)',
		forms: ['ajustement fin', 'fine-tuning'],
		definition:
			"Poursuivre l'entraînement d'un réseau entraîné sur une autre tâche, sur la nouvelle tâche, avec une nouvelle dernière couche et un petit taux d'apprentissage.",
		section: 'l-idee'
	},
	freeze: {
		term: 'geler',
		forms: ['geler', 'gelée', 'gelées', 'gelé', 'gelés'],
		definition:
			"Garder fixes les poids d'une couche pendant l'apprentissage : aucune mise à jour ne les atteint.",
		section: 'l-idee'
	}
};
