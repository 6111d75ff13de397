/**
 * The CJG domain model: the root of the packages that hold the network, the population, the
 * offerings, the cases, the meetings, the plans and the Verwijsindex, with the validation, the
 * statistics and the routing that serve them. This package holds what every other package
 * shares: the Immutables style of all value types and the exception for values that cannot exist.
 */
package nl.cjg.core;
